package org.distgray.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.distgray.image.GrayMethod;
import org.distgray.image.KernelWarmUp;

/**
 * A small job, one task per slot, that runs the band code on synthetic pixels while the driver
 * reads and decodes the first image of a band run: Spark's first job and the JIT's first
 * compilation cost the same whenever they happen, and here they overlap the decode instead of
 * delaying the first image's bands. It appears in the Spark UI as "distgray: warm-up".
 */
public final class SparkWarmUp {
    /** Its job group and description in the Spark UI. */
    static final String NAME = "distgray: warm-up";
    private static final long WAIT_SECONDS = 30;

    private final JavaFutureAction<List<Long>> job;

    private SparkWarmUp(JavaFutureAction<List<Long>> job) {
        this.job = job;
    }

    /** Submits the warm-up job and returns at once. */
    public static SparkWarmUp start(JavaSparkContext context, GrayMethod method) {
        int slots = TaskSlots.of(context);
        List<Integer> tasks = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++) {
            tasks.add(i);
        }
        context.setJobGroup(NAME, NAME, false);
        try {
            return new SparkWarmUp(context.parallelize(tasks, slots)
                    .map(task -> KernelWarmUp.run(method))
                    .collectAsync());
        } finally {
            context.clearJobGroup();
        }
    }

    /**
     * Waits, up to {@value #WAIT_SECONDS} s, for the job to end, so that it never shares the
     * executors with the bands; a warm-up that fails or takes longer is cancelled and forgotten,
     * since the bands then simply run cold.
     */
    public void finish() {
        try {
            job.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
        } catch (Exception e) {
            job.cancel(true);
        }
    }
}
