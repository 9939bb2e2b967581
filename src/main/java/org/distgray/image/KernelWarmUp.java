package org.distgray.image;

import java.util.SplittableRandom;

/**
 * Runs the band code once on a small synthetic band, so that a JVM's first real band does not
 * pay for class loading and for the JIT compiling its loops: a cold 8K band takes several times
 * as long as a warm one. Band mode starts this on every executor while the driver is still
 * reading and decoding the first image, when the executors would otherwise wait.
 */
public final class KernelWarmUp {
    private static final int WIDTH = 1024;
    private static final int ROWS = 64;
    private static final int ROUNDS = 6;
    /**
     * What band mode converts most: JPEG's YCbCr samples (a whole decode) and its RGB rows (a
     * decode that bands are taken from as it goes).
     */
    private static final PixelLayout[] LAYOUTS = {
        PixelLayout.ycc(), PixelLayout.rgb()};

    private KernelWarmUp() {
    }

    /**
     * Converts a noise band {@value #ROUNDS} times with {@code method}, to gray samples and to
     * PNG segments; returns a value computed from both, so the JIT cannot drop the work.
     */
    public static long run(GrayMethod method) {
        byte[] samples = new byte[WIDTH * ROWS * 3];
        new SplittableRandom(1).nextBytes(samples);
        long result = 0;
        for (PixelLayout layout : LAYOUTS) {
            ColorImage picture = new ColorImage(WIDTH, ROWS, layout, samples);
            for (int round = 0; round < ROUNDS; round++) {
                Band band = picture.band(0, 1, ROWS - 1);
                result += band.toGray(method).bytes() + band.toPng(method, true).adler32();
            }
        }
        return result;
    }
}
