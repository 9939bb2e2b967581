package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The kernel on YCbCr samples, for every one of the 2^24 (Y, Cb, Cr), against libjpeg's tables
 * ({@link YccToRgb}, themselves held to the JDK's decoder by {@link YccFastPathTest}) followed by
 * the formula: the vector kernel computes the tables' values in its lanes instead.
 */
class YccKernelExhaustiveTest {
    private static final int PER_Y = 256 * 256;

    @ParameterizedTest
    @EnumSource(value = GrayMethod.class, names = {"BT601", "BT709", "AVERAGE"})
    void everyYccMatchesTheTablesAndTheFormula(GrayMethod method) {
        byte[] src = new byte[PER_Y * 3];
        byte[] dst = new byte[PER_Y];
        for (int y = 0; y < 256; y++) {
            for (int i = 0; i < PER_Y; i++) {
                src[3 * i] = (byte) y;
                src[3 * i + 1] = (byte) (i >> 8);
                src[3 * i + 2] = (byte) i;
            }
            GrayscaleKernel.convert(method, src, PixelLayout.ycc(), dst, PER_Y);
            for (int i = 0; i < PER_Y; i++) {
                int cb = i >> 8;
                int cr = i & 0xFF;
                int r = clamp(y + YccToRgb.RED_OF_CR[cr]);
                int g = clamp(y + YccToRgb.GREEN_OF_CBCR[cb << 8 | cr]);
                int b = clamp(y + YccToRgb.BLUE_OF_CB[cb]);
                int expected = (method.redWeight() * r + method.greenWeight() * g
                        + method.blueWeight() * b + method.bias()) / method.divisor();
                if ((dst[i] & 0xFF) != expected) {
                    assertEquals(expected, dst[i] & 0xFF, method + " y=" + y + " cb=" + cb
                            + " cr=" + cr);
                }
            }
        }
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : Math.min(value, 255);
    }
}
