package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every {@code --method} through the array kernel, for all 2^24 colours, against the formula the
 * README states, written here plainly and apart from {@link GrayMethod}.
 */
class GrayMethodExhaustiveTest {
    private static final PixelLayout RGB = PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA);

    /** Reference for one colour packed as {@code r << 16 | g << 8 | b}. */
    private static void assertEveryColour(GrayMethod method, IntUnaryOperator reference) {
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
                int expected = reference.applyAsInt(r << 16 | i);
                if ((dst[i] & 0xFF) != expected) {
                    assertEquals(expected, dst[i] & 0xFF, method + " r=" + r + " g=" + (i >> 8)
                            + " b=" + (i & 0xFF));
                }
            }
        }
    }

    private static int r(int rgb) {
        return rgb >> 16;
    }

    private static int g(int rgb) {
        return rgb >> 8 & 0xFF;
    }

    private static int b(int rgb) {
        return rgb & 0xFF;
    }

    @Test
    void bt601() {
        assertEveryColour(GrayMethod.BT601, c -> Luma.of(r(c), g(c), b(c)));
    }

    /** floor(0.2126 R + 0.7152 G + 0.0722 B + 0.5), the sum being n / 10000 exactly. */
    @Test
    void bt709() {
        assertEveryColour(GrayMethod.BT709,
                c -> (2126 * r(c) + 7152 * g(c) + 722 * b(c) + 5000) / 10000);
    }

    /** (R + G + B) / 3 rounded half up is floor((2 (R + G + B) + 3) / 6). */
    @Test
    void average() {
        assertEveryColour(GrayMethod.AVERAGE, c -> (2 * (r(c) + g(c) + b(c)) + 3) / 6);
    }

    @Test
    void luminance() {
        double[] linear = new double[256];
        for (int v = 0; v < 256; v++) {
            double s = v / 255.0;
            linear[v] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        assertEveryColour(GrayMethod.LUMINANCE, c -> {
            double y = 0.2126 * linear[r(c)] + 0.7152 * linear[g(c)] + 0.0722 * linear[b(c)];
            double srgb = y <= 0.0031308 ? 12.92 * y : 1.055 * Math.pow(y, 1 / 2.4) - 0.055;
            return (int) Math.floor(255 * srgb + 0.5);
        });
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
