package org.distgray.testing;

import org.distgray.image.GrayMethod;

/**
 * The gray value of each {@code --method} as the README states it, written out plainly here and
 * apart from {@link GrayMethod} and the kernels: the one reference every pixel check holds the
 * conversion to, so that a wrong constant in the code under test cannot also be in its oracle.
 */
public final class GrayReference {
    /** sRGB decoded to linear light for each 8-bit value, as the README defines it. */
    private static final double[] LINEAR_8 = new double[256];

    static {
        for (int v = 0; v < 256; v++) {
            LINEAR_8[v] = linear(v / 255.0);
        }
    }

    private GrayReference() {
    }

    /** {@code method}'s gray value of one colour of 8-bit samples (0..255). */
    public static int gray(GrayMethod method, int r, int g, int b) {
        if (method == GrayMethod.LUMINANCE) {
            return luminance(LINEAR_8[r], LINEAR_8[g], LINEAR_8[b], 255);
        }
        return linearFormula(method, r, g, b);
    }

    /** The same for one colour of 16-bit samples (0..65535): the formulas on the 16-bit scale. */
    public static int gray16(GrayMethod method, int r, int g, int b) {
        if (method == GrayMethod.LUMINANCE) {
            return luminance(linear(r / 65535.0), linear(g / 65535.0), linear(b / 65535.0),
                    65535);
        }
        return linearFormula(method, r, g, b);
    }

    /** BT.601's gray value of a packed {@code 0xAARRGGBB} (or {@code 0xRRGGBB}) pixel. */
    public static int bt601(int argb) {
        return gray(GrayMethod.BT601, argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }

    /**
     * The weighted sums rounded half up. BT.601 {@code floor(0.299 R + 0.587 G + 0.114 B + 0.5)}
     * is {@code (n + 500) / 1000} for the integer sum {@code n} of the weights times 1000, BT.709
     * likewise in ten-thousandths, and the mean {@code floor((R + G + B) / 3 + 0.5)} is
     * {@code (2 (R + G + B) + 3) / 6}.
     */
    private static int linearFormula(GrayMethod method, int r, int g, int b) {
        return switch (method) {
            case BT601 -> (299 * r + 587 * g + 114 * b + 500) / 1000;
            case BT709 -> (2126 * r + 7152 * g + 722 * b + 5000) / 10000;
            case AVERAGE -> (2 * (r + g + b) + 3) / 6;
            default -> throw new IllegalArgumentException("no integer formula for " + method);
        };
    }

    /** BT.709 weights in linear light, encoded back to sRGB, times {@code max}, half up. */
    private static int luminance(double r, double g, double b, int max) {
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double srgb = y <= 0.0031308 ? 12.92 * y : 1.055 * Math.pow(y, 1 / 2.4) - 0.055;
        return (int) Math.floor(max * srgb + 0.5);
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
