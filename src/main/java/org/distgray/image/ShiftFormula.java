package org.distgray.image;

/**
 * A linear method's formula with the division turned into a shift, because vector units have no
 * integer division: {@code (W_r R + W_g G + W_b B + C) >>> k} with each weight (and the bias)
 * times {@code 2^k / divisor} rounded up. Rounding up only ever adds, less than 766 units in
 * all, while the exact scaled value stays at least {@code 2^k / divisor} units below the next
 * integer (the sum is an integer, so its quotient's fraction is at most
 * {@code (divisor - 1) / divisor}); with {@code 2^k >= 766 divisor} the floor cannot change.
 * {@code k} is the largest for which every sum still fits in 31 bits; 23 for every method here.
 * A test compares it with the formula for all 2^24 colours.
 */
final class ShiftFormula {
    /** More than the sum of what rounding up adds: 255 for each of three weights, 1 for C. */
    private static final long ROUNDING = 3 * 255 + 1;

    private final int red;
    private final int green;
    private final int blue;
    private final int bias;
    private final int shift;

    ShiftFormula(GrayMethod method) {
        if (!method.isLinear()) {
            throw new IllegalArgumentException(method + " is not a linear formula");
        }
        long largest = 255L * (method.redWeight() + method.greenWeight() + method.blueWeight())
                + method.bias();
        int divisor = method.divisor();
        int k = 0;
        while (scaled(largest, k + 1, divisor) + ROUNDING < 1L << 31) {
            k++;
        }
        if ((1L << k) < ROUNDING * divisor) {
            throw new IllegalArgumentException(method + " has no exact shift formula in 31 bits");
        }
        shift = k;
        red = (int) scaled(method.redWeight(), k, divisor);
        green = (int) scaled(method.greenWeight(), k, divisor);
        blue = (int) scaled(method.blueWeight(), k, divisor);
        bias = (int) scaled(method.bias(), k, divisor);
    }

    /** {@code ceil(value * 2^k / divisor)}. */
    private static long scaled(long value, int k, int divisor) {
        return ((value << k) + divisor - 1) / divisor;
    }

    int red() {
        return red;
    }

    int green() {
        return green;
    }

    int blue() {
        return blue;
    }

    int bias() {
        return bias;
    }

    int shift() {
        return shift;
    }

    /** The gray value of one colour the way the vector kernel computes it, for the tests. */
    int gray(int r, int g, int b) {
        return (red * r + green * g + blue * b + bias) >>> shift;
    }
}
