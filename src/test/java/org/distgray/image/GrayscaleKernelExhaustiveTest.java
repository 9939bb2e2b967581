package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.Stream;
import org.distgray.testing.GrayReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kernel against the formula for every one of the 2^24 colours, in every pixel layout. */
class GrayscaleKernelExhaustiveTest {
    private static final int PIXELS_PER_RED = 256 * 256;

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("RGB", PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA)),
                Arguments.of("BGR", PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA)),
                Arguments.of("RGBA", PixelLayout.of(4, 0, 1, 2, 3)),
                Arguments.of("ABGR", PixelLayout.of(4, 3, 2, 1, 0)));
    }

    /** An alpha that runs through all 256 values for every red and is unrelated to the gray. */
    private static int alphaOf(int green, int blue) {
        return (green * 7 + blue * 13) & 0xFF;
    }

    /** One array per red value: every green and blue, then the kernel over all of them at once. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyColourMatchesTheFormula(String name, PixelLayout layout) {
        int stride = layout.stride();
        byte[] src = new byte[PIXELS_PER_RED * stride];
        for (int r = 0; r < 256; r++) {
            for (int g = 0, s = 0; g < 256; g++) {
                for (int b = 0; b < 256; b++, s += stride) {
                    src[s + layout.red()] = (byte) r;
                    src[s + layout.green()] = (byte) g;
                    src[s + layout.blue()] = (byte) b;
                    if (layout.hasAlpha()) {
                        src[s + layout.alpha()] = (byte) alphaOf(g, b);
                    }
                }
            }
            byte[] dst = new byte[PIXELS_PER_RED * layout.grayStride()];
            GrayscaleKernel.convert(src, layout, dst, PIXELS_PER_RED);
            for (int g = 0, d = 0; g < 256; g++) {
                for (int b = 0; b < 256; b++, d += layout.grayStride()) {
                    int expected = GrayReference.gray(GrayMethod.BT601, r, g, b);
                    if ((dst[d] & 0xFF) != expected) {
                        assertEquals(expected, dst[d] & 0xFF, "r=" + r + " g=" + g + " b=" + b);
                    }
                    if (layout.hasAlpha() && (dst[d + 1] & 0xFF) != alphaOf(g, b)) {
                        assertEquals(alphaOf(g, b), dst[d + 1] & 0xFF,
                                "alpha at g=" + g + " b=" + b);
                    }
                }
            }
        }
    }

    /**
     * The reference's formula is luma rounded half up: {@code 299 R + 587 G + 114 B} ranges over
     * 0..255000, and for every integer in that range, decimal rounding agrees.
     */
    @Test
    void referenceRoundsHalfUpForEveryWeightedSum() {
        for (int n = 0; n <= 255_000; n++) {
            int halfUp = BigDecimal.valueOf(n, 3).setScale(0, RoundingMode.HALF_UP).intValueExact();
            if ((n + 500) / 1000 != halfUp) {
                assertEquals(halfUp, (n + 500) / 1000, "weighted sum " + n + "/1000");
            }
        }
    }

    /** And with the weights as decimals, as the formula is usually written, for a sample. */
    @Test
    void referenceIsDecimalLumaRoundedHalfUp() {
        BigDecimal wr = new BigDecimal("0.299");
        BigDecimal wg = new BigDecimal("0.587");
        BigDecimal wb = new BigDecimal("0.114");
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            int r = random.nextInt(256);
            int g = random.nextInt(256);
            int b = random.nextInt(256);
            int exact = wr.multiply(BigDecimal.valueOf(r)).add(wg.multiply(BigDecimal.valueOf(g)))
                    .add(wb.multiply(BigDecimal.valueOf(b)))
                    .setScale(0, RoundingMode.HALF_UP).intValueExact();
            assertEquals(exact, GrayReference.gray(GrayMethod.BT601, r, g, b),
                    () -> "r=" + r + " g=" + g + " b=" + b);
        }
    }
}
