package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The array kernel against the formula for every one of the 2^24 colours. */
class GrayscaleKernelExhaustiveTest {
    private static final PixelLayout RGB = PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA);

    @Test
    void everyColourMatchesTheIntegerFormula() {
        byte[] src = new byte[256 * 256 * 3];
        byte[] dst = new byte[256 * 256];
        for (int r = 0; r < 256; r++) {
            for (int g = 0, i = 0; g < 256; g++) {
                for (int b = 0; b < 256; b++, i += 3) {
                    src[i] = (byte) r;
                    src[i + 1] = (byte) g;
                    src[i + 2] = (byte) b;
                }
            }
            GrayscaleKernel.convert(src, RGB, dst, 256 * 256);
            for (int g = 0, i = 0; g < 256; g++) {
                for (int b = 0; b < 256; b++, i++) {
                    int expected = (299 * r + 587 * g + 114 * b + 500) / 1000;
                    if ((dst[i] & 0xFF) != expected) {
                        assertEquals(expected, dst[i] & 0xFF, "r=" + r + " g=" + g + " b=" + b);
                    }
                }
            }
        }
    }

    /** The integer formula is BT.601 luma rounded half up, checked in exact decimal arithmetic. */
    @Test
    void integerFormulaIsLumaRoundedHalfUp() {
        BigDecimal wr = new BigDecimal("0.299");
        BigDecimal wg = new BigDecimal("0.587");
        BigDecimal wb = new BigDecimal("0.114");
        for (int r = 0; r < 256; r += 5) {
            for (int g = 0; g < 256; g += 3) {
                for (int b = 0; b < 256; b++) {
                    int exact = wr.multiply(BigDecimal.valueOf(r))
                            .add(wg.multiply(BigDecimal.valueOf(g)))
                            .add(wb.multiply(BigDecimal.valueOf(b)))
                            .setScale(0, RoundingMode.HALF_UP).intValueExact();
                    if (GrayscaleKernel.gray(r, g, b) != exact) {
                        assertEquals(exact, GrayscaleKernel.gray(r, g, b),
                                "r=" + r + " g=" + g + " b=" + b);
                    }
                }
            }
        }
    }
}
