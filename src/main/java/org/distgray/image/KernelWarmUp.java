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
    private static final int ROUNDS = 24;

    private KernelWarmUp() {
    }

    /** Converts a noise band {@value #ROUNDS} times with {@code method}; returns its last gray. */
    public static int run(GrayMethod method) {
        byte[] samples = new byte[WIDTH * ROWS * 3];
        new SplittableRandom(1).nextBytes(samples);
        ColorImage picture = new ColorImage(WIDTH, ROWS, PixelLayout.ycc(), samples);
        int last = 0;
        for (int round = 0; round < ROUNDS; round++) {
            GrayBand gray = picture.band(0, 1, ROWS - 1).toGray(method);
            last = gray.toImage(WIDTH).gray(WIDTH - 1, ROWS - 2);
        }
        return last;
    }
}
