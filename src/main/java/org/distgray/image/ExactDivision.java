package org.distgray.image;

/**
 * Division of a method's weighted sum by its divisor as a multiply and a shift in 32-bit
 * integers, because vector units have no integer division: {@code q = (x * m) >>> k}, at most
 * one too large, then one step back where {@code q * divisor > x}. {@code m} is
 * {@code ceil(2^k / divisor)} with the largest {@code k} for which the largest sum times
 * {@code m} still fits in 31 bits. For BT.601 ({@code x / 1000}) that is {@code m = 8389},
 * {@code k = 23}, which alone gives 22 for 21999: the step back is needed. A test proves the
 * result exact for every sum of every linear method.
 */
final class ExactDivision {
    private final int divisor;
    private final int multiplier;
    private final int shift;

    ExactDivision(GrayMethod method) {
        divisor = method.divisor();
        long largest = 255L * (method.redWeight() + method.greenWeight() + method.blueWeight())
                + method.bias();
        int k = 0;
        while (largest * ceiling(k + 1) < 1L << 31) {
            k++;
        }
        shift = k;
        multiplier = (int) ceiling(k);
    }

    private long ceiling(int k) {
        return ((1L << k) + divisor - 1) / divisor;
    }

    int multiplier() {
        return multiplier;
    }

    int shift() {
        return shift;
    }

    int divisor() {
        return divisor;
    }

    /** {@code x / divisor} the way the vector kernel computes it, for the tests. */
    int divide(int x) {
        int q = (x * multiplier) >>> shift;
        return q + ((x - q * divisor) >> 31);
    }
}
