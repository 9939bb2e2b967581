package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.distgray.testing.GrayReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@code --method} through the array kernel, for all 2^24 colours, against the formula the
 * README states, written plainly in {@link GrayReference} and apart from {@link GrayMethod}.
 */
class GrayMethodExhaustiveTest {
    private static final PixelLayout RGB = PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA);

    @ParameterizedTest(name = "{0}")
    @EnumSource(GrayMethod.class)
    void everyColourIsTheReference(GrayMethod method) {
        byte[] src = new byte[256 * 256 * 3];
        byte[] dst = new byte[256 * 256];
        for (int r = 0; r < 256; r++) {
            for (int i = 0; i < 256 * 256; i++) {
                src[3 * i] = (byte) r;
                src[3 * i + 1] = (byte) (i >> 8);
                src[3 * i + 2] = (byte) i;
            }
            GrayscaleKernel.convert(method, src, RGB, dst, 256 * 256);
            for (int i = 0; i < 256 * 256; i++) {
                int expected = GrayReference.gray(method, r, i >> 8, i & 0xFF);
                if ((dst[i] & 0xFF) != expected) {
                    assertEquals(expected, dst[i] & 0xFF, method + " r=" + r + " g=" + (i >> 8)
                            + " b=" + (i & 0xFF));
                }
            }
        }
    }

    @Test
    void grayStaysGrayUnderEveryMethod() {
        for (GrayMethod method : GrayMethod.values()) {
            for (int v = 0; v < 256; v++) {
                assertEquals(v, method.gray(v, v, v), method + " of gray " + v);
            }
        }
    }
}
