package org.distgray.image;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the vector kernel out of the way until it pays. Before the JIT has compiled it, Java 17
 * runs Vector API code hundreds of times slower than the scalar loops (every operation an
 * object), and the JIT compiles a loop only after thousands of calls: an 8K band converted cold
 * took 3 s instead of 10 ms. Warming a loop up costs one to three seconds of a core (the slow
 * calls and the compiling), while the scalar kernel converts a pixel in about 2 ns: an 8K
 * one-image run got slower with the vector kernel, not faster, even with the warm-up in the
 * background. So a JVM converts its first {@value #SCALAR_FIRST} pixels (about 30 8K frames,
 * two seconds of scalar work) with the scalar loops only; a JVM that converts less never pays
 * for the warm-up, one that converts more pays at most about as much as it had spent. Then the
 * first time a layout's vector loop is wanted, the scalar loops go on converting while a daemon
 * thread calls the vector loop until its calls are fast (compiled), at most
 * {@value #MOST_ROUNDS} rounds of {@value #CALLS_PER_ROUND} calls; from then on the vector loop
 * converts. The JIT counts calls,
 * and an uncompiled vector step is what costs, so only one call in {@value #STEP_EVERY} converts
 * a few steps, the others nothing: enough for the JIT to see the loop run. With
 * {@code -Ddistgray.kernel=vector-N} the vector loop converts at once, compiled or not.
 */
final class VectorWarmUp {
    private static final int COLD = 0;
    private static final int WARMING = 1;
    private static final int READY = 2;
    private static final int CALLS_PER_ROUND = 100;
    private static final int STEP_EVERY = 10;
    /**
     * Pixels of the calls that convert, in vector steps: several, or the JIT, having seen the
     * loop never come round, compiles a trap there and drops the code at the first long range.
     */
    private static final int STEPS = 8;
    /** Enough calls for the JIT's top tier (5000 invocations) before a fast round counts. */
    private static final int LEAST_ROUNDS = 60;
    private static final int MOST_ROUNDS = 400;
    /**
     * A round of compiled calls takes a few microseconds; with the loop compiled by the JIT's
     * first tier only, its steps alone take hundreds.
     */
    private static final long FAST_ROUND_NANOS = 50_000L;
    private static final PixelLayout[] LOOPS = {PixelLayout.ycc(), PixelLayout.of(4, 3, 2, 1, 0),
        PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA),
        PixelLayout.of(4, 1, 2, 3, PixelLayout.NO_ALPHA)};
    private static final AtomicIntegerArray STATES = new AtomicIntegerArray(LOOPS.length);
    private static final long SCALAR_FIRST = 1_000_000_000L;
    private static final AtomicLong SCALAR_PIXELS = new AtomicLong();

    private VectorWarmUp() {
    }

    /** Whether the vector loop for {@code layout} converts now; does not start a warm-up. */
    static boolean ready(PixelLayout layout) {
        return KernelChoice.atOnce() || STATES.get(loop(layout)) == READY;
    }

    /**
     * {@link #ready}, and if not, counts {@code pixels} as the scalar loops' and, once they have
     * converted enough, starts warming the loop up unless that has begun.
     */
    static boolean readyOrStart(PixelLayout layout, int pixels) {
        if (ready(layout)) {
            return true;
        }
        if (SCALAR_PIXELS.addAndGet(pixels) < SCALAR_FIRST) {
            return false;
        }
        int loop = loop(layout);
        if (STATES.compareAndSet(loop, COLD, WARMING)) {
            Thread thread = new Thread(() -> warm(loop), "distgray-vector-warm-up-" + loop);
            thread.setDaemon(true);
            thread.start();
        }
        return false;
    }

    /** Which of the kernel's loops converts {@code layout}, an index into {@link #LOOPS}. */
    private static int loop(PixelLayout layout) {
        if (layout.isYcc()) {
            return 0;
        }
        if (layout.hasAlpha()) {
            return 1;
        }
        return layout.stride() == 3 ? 2 : 3;
    }

    private static void warm(int loop) {
        PixelLayout layout = LOOPS[loop];
        int pixels = STEPS * VectorKernel.pixelsPerStep();
        byte[] src = new byte[pixels * layout.stride()];
        new SplittableRandom(loop).nextBytes(src);
        byte[] dst = new byte[pixels * layout.grayStride()];
        try {
            for (int round = 0; round < MOST_ROUNDS; round++) {
                long start = System.nanoTime();
                for (int call = 0; call < CALLS_PER_ROUND; call++) {
                    VectorKernel.steps(GrayMethod.BT601, src, 0, layout, dst, 0,
                            call % STEP_EVERY == 0 ? pixels : 0);
                }
                if (round >= LEAST_ROUNDS && System.nanoTime() - start < FAST_ROUND_NANOS) {
                    break;
                }
            }
        } finally {
            STATES.set(loop, READY);
        }
    }
}
