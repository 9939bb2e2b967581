package org.distgray.image;

/**
 * libjpeg's integer YCbCr to RGB conversion ({@code jdcolor.c}: 16-bit fixed point, rounded, each
 * result clamped to 0..255), the step a JPEG decoder runs after upsampling. Doing it here, inside
 * the kernel, gives exactly the RGB that the JDK's decoder would have produced (a test compares
 * the two on every JPEG the tests have) while the picture is never stored as RGB.
 */
final class YccToRgb {
    private static final int SCALE_BITS = 16;
    private static final int ONE_HALF = 1 << (SCALE_BITS - 1);

    /** Red's offset from Y for each Cr. */
    static final int[] RED_OF_CR = new int[256];
    /** Blue's offset from Y for each Cb. */
    static final int[] BLUE_OF_CB = new int[256];
    /** Green's offset from Y for each (Cb, Cr), indexed {@code Cb << 8 | Cr}. */
    static final int[] GREEN_OF_CBCR = new int[256 * 256];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            RED_OF_CR[i] = (fix(1.40200) * x + ONE_HALF) >> SCALE_BITS;
            BLUE_OF_CB[i] = (fix(1.77200) * x + ONE_HALF) >> SCALE_BITS;
        }
        for (int cb = 0; cb < 256; cb++) {
            for (int cr = 0; cr < 256; cr++) {
                int fromCb = -fix(0.34414) * (cb - 128) + ONE_HALF;
                int fromCr = -fix(0.71414) * (cr - 128);
                GREEN_OF_CBCR[cb << 8 | cr] = (fromCb + fromCr) >> SCALE_BITS;
            }
        }
    }

    private YccToRgb() {
    }

    /** libjpeg's {@code FIX(x)}: {@code x} in 16-bit fixed point, rounded. */
    static int fix(double x) {
        return (int) (x * (1L << SCALE_BITS) + 0.5);
    }

    /** {@code value} clamped to 0..255, as libjpeg's range limit does. */
    static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
