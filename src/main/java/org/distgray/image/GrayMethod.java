package org.distgray.image;

import java.util.Locale;
import java.util.Optional;

/**
 * The ways to turn a colour into one gray value, each stated exactly so that every run, on every
 * executor, gives the same byte for the same colour. The linear ones are integer formulas, exact
 * for all 2^24 colours; {@link #LUMINANCE} works in linear light, in double precision.
 */
public enum GrayMethod {
    /** BT.601 luma, rounded half up: {@code (299 R + 587 G + 114 B + 500) / 1000}. The default. */
    BT601(299, 587, 114, 500, 1000),
    /** BT.709 luma, rounded half up: {@code (2126 R + 7152 G + 722 B + 5000) / 10000}. */
    BT709(2126, 7152, 722, 5000, 10000),
    /** The mean of R, G and B, rounded half up: {@code (R + G + B + 1) / 3}. */
    AVERAGE(1, 1, 1, 1, 3),
    /**
     * Relative luminance in linear light: each channel decoded from sRGB to linear, weighted
     * 0.2126, 0.7152, 0.0722 (BT.709), the sum encoded back to sRGB and rounded to the nearest
     * 8-bit value (half up).
     */
    LUMINANCE(0, 0, 0, 0, 1);

    private static final double[] LINEAR = new double[256];

    static {
        for (int c = 0; c < 256; c++) {
            LINEAR[c] = decodeSrgb(c);
        }
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
            return luminance(r, g, b);
        }
        return (red * r + green * g + blue * b + bias) / divisor;
    }

    /** The name used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@code --method} value. */
    public static Optional<GrayMethod> fromKey(String key) {
        for (GrayMethod method : values()) {
            if (method.key().equals(key)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    private static int luminance(int r, int g, int b) {
        double y = 0.2126 * LINEAR[r] + 0.7152 * LINEAR[g] + 0.0722 * LINEAR[b];
        double encoded = y <= 0.0031308 ? 12.92 * y : 1.055 * Math.pow(y, 1 / 2.4) - 0.055;
        return (int) Math.min(255, Math.max(0, Math.floor(255 * encoded + 0.5)));
    }

    private static double decodeSrgb(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
