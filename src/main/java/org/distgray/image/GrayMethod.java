package org.distgray.image;

import java.util.Locale;

/**
 * The ways to turn a colour into one gray value, each stated exactly so that every run, on every
 * executor, gives the same value for the same colour. The linear ones are integer formulas, exact
 * for all 2^24 colours and applied unchanged to 16-bit samples (the sums stay below 2^31);
 * {@link #LUMINANCE} works in linear light, in double precision, on either scale.
 */
public enum GrayMethod {
    /** BT.601 luma, rounded half up: {@code (299 R + 587 G + 114 B + 500) / 1000}. The default. */
    BT601(Bt601.RED, Bt601.GREEN, Bt601.BLUE, Bt601.BIAS, Bt601.DIVISOR),
    /** BT.709 luma, rounded half up: {@code (2126 R + 7152 G + 722 B + 5000) / 10000}. */
    BT709(2126, 7152, 722, 5000, 10000),
    /** The mean of R, G and B, rounded half up: {@code (R + G + B + 1) / 3}. */
    AVERAGE(1, 1, 1, 1, 3),
    /**
     * Relative luminance in linear light: each channel {@code v / max} decoded from sRGB to
     * linear, weighted 0.2126, 0.7152, 0.0722 (BT.709), the sum encoded back to sRGB, times
     * {@code max} and rounded half up, where {@code max} is 255 for 8-bit samples and 65535 for
     * 16-bit ones.
     */
    LUMINANCE(0, 0, 0, 0, 1);

    private static final double[] LINEAR = linearTable(255);

    /**
     * BT.601's weights as compile-time constants, so that the default method's own loops in
     * {@link GrayscaleKernel} have them in place exactly as if written there.
     */
    static final class Bt601 {
        static final int RED = 299;
        static final int GREEN = 587;
        static final int BLUE = 114;
        static final int BIAS = 500;
        static final int DIVISOR = 1000;

        private Bt601() {
        }
    }

    /** The 16-bit table (512 KiB), built on first use so that 8-bit runs never pay for it. */
    private static final class Linear16 {
        static final double[] TABLE = linearTable(65535);
    }

    private final int red;
    private final int green;
    private final int blue;
    private final int bias;
    private final int divisor;

    GrayMethod(int red, int green, int blue, int bias, int divisor) {
        this.red = red;
        this.green = green;
        this.blue = blue;
        this.bias = bias;
        this.divisor = divisor;
    }

    /** The gray value of one colour, 0..255 each. */
    public int gray(int r, int g, int b) {
        if (this == LUMINANCE) {
            return luminance(LINEAR, 255, r, g, b);
        }
        return (red * r + green * g + blue * b + bias) / divisor;
    }

    /** The gray value of one colour of 16-bit samples, 0..65535 each: the same formula. */
    public int gray16(int r, int g, int b) {
        if (this == LUMINANCE) {
            return luminance(Linear16.TABLE, 65535, r, g, b);
        }
        return (red * r + green * g + blue * b + bias) / divisor;
    }

    /** Whether the method is the integer formula of its weights, bias and divisor below. */
    boolean isLinear() {
        return this != LUMINANCE;
    }

    int redWeight() {
        return red;
    }

    int greenWeight() {
        return green;
    }

    int blueWeight() {
        return blue;
    }

    int bias() {
        return bias;
    }

    int divisor() {
        return divisor;
    }

    /** The name used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static int luminance(double[] linear, int max, int r, int g, int b) {
        double y = 0.2126 * linear[r] + 0.7152 * linear[g] + 0.0722 * linear[b];
        double encoded = y <= 0.0031308 ? 12.92 * y : 1.055 * Math.pow(y, 1 / 2.4) - 0.055;
        return (int) Math.min(max, Math.max(0, Math.floor(max * encoded + 0.5)));
    }

    private static double[] linearTable(int max) {
        double[] table = new double[max + 1];
        for (int c = 0; c <= max; c++) {
            double v = (double) c / max;
            table[c] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return table;
    }
}
