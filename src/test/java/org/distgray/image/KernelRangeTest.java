package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernel over short ranges at odd offsets: every pixel count from 0 to well past a few
 * vector steps (so every vector length, plus and minus one, and every tail), from and to
 * offsets of 0 to 3 pixels and bytes, in arrays that end exactly where the range ends, so that
 * a read past it throws. Destination bytes outside the range must keep their sentinel.
 */
class KernelRangeTest {
    private static final int MOST_PIXELS = 80;
    private static final byte SENTINEL = (byte) 0xA5;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("BGR", PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA),
                        GrayMethod.BT601),
                Arguments.of("RGB", PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA),
                        GrayMethod.BT709),
                Arguments.of("XRGB", PixelLayout.of(4, 1, 2, 3, PixelLayout.NO_ALPHA),
                        GrayMethod.BT601),
                Arguments.of("RGBA", PixelLayout.of(4, 0, 1, 2, 3), GrayMethod.AVERAGE),
                Arguments.of("ABGR", PixelLayout.of(4, 3, 2, 1, 0), GrayMethod.BT601),
                Arguments.of("gray+alpha", PixelLayout.gray(true), GrayMethod.BT601),
                Arguments.of("YCbCr", PixelLayout.ycc(), GrayMethod.BT601),
                Arguments.of("YCbCr BT.709", PixelLayout.ycc(), GrayMethod.BT709));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyLengthAndOffsetMatchesThePixelFormula(String name, PixelLayout layout,
            GrayMethod method) {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        int stride = layout.stride();
        int grayStride = layout.grayStride();
        for (int pixels = 0; pixels <= MOST_PIXELS; pixels++) {
            for (int from = 0; from < 4; from++) {
                int to = (from + pixels) % 4;
                byte[] src = new byte[from + pixels * stride];
                random.nextBytes(src);
                byte[] dst = new byte[to + pixels * grayStride + 3];
                Arrays.fill(dst, SENTINEL);
                GrayscaleKernel.convert(method, src, from, layout, dst, to, pixels);
                String at = name + ", " + pixels + " pixels from " + from + " to " + to;
                for (int i = 0; i < to; i++) {
                    assertEquals(SENTINEL, dst[i], at + ": byte " + i + " before the range");
                }
                for (int p = 0; p < pixels; p++) {
                    int s = from + p * stride;
                    int d = to + p * grayStride;
                    assertEquals(expected(method, layout, src, s), dst[d] & 0xFF,
                            at + ": pixel " + p);
                    if (layout.hasAlpha()) {
                        assertEquals(src[s + layout.alpha()], dst[d + 1], at + ": alpha " + p);
                    }
                }
                for (int i = to + pixels * grayStride; i < dst.length; i++) {
                    assertEquals(SENTINEL, dst[i], at + ": byte " + i + " after the range");
                }
            }
        }
    }

    /** One pixel by the plain formula; YCbCr through libjpeg's tables first. */
    private static int expected(GrayMethod method, PixelLayout layout, byte[] src, int s) {
        int r = src[s + layout.red()] & 0xFF;
        int g = src[s + layout.green()] & 0xFF;
        int b = src[s + layout.blue()] & 0xFF;
        if (layout.isYcc()) {
            int y = r;
            int cb = g;
            int cr = b;
            r = YccToRgb.clamp(y + YccToRgb.RED_OF_CR[cr]);
            g = YccToRgb.clamp(y + YccToRgb.GREEN_OF_CBCR[cb << 8 | cr]);
            b = YccToRgb.clamp(y + YccToRgb.BLUE_OF_CB[cb]);
        }
        return (method.redWeight() * r + method.greenWeight() * g + method.blueWeight() * b
                + method.bias()) / method.divisor();
    }
}
