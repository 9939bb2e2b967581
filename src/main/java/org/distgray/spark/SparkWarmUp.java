package org.distgray.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.distgray.image.GrayMethod;
import org.distgray.image.KernelWarmUp;

/**
 * A small job, one task per slot, that runs the band code on synthetic pixels while the driver
 * reads and decodes the first image of a band run: Spark's first job and the JIT's first
 * compilation cost the same whenever they happen, and here they overlap the decode, and the
 * submission of the first bands, instead of delaying them. It appears in the Spark UI as
 * "distgray: warm-up".
 */
public final class SparkWarmUp {
    /** Its job group and description in the Spark UI. */
    static final String NAME = "distgray: warm-up";
    private static final long WAIT_SECONDS = 30;

    private final CompletableFuture<JavaFutureAction<List<Long>>> submitted;

    private SparkWarmUp(CompletableFuture<JavaFutureAction<List<Long>>> submitted) {
        this.submitted = submitted;
    }

    /**
     * Submits the warm-up job from a thread of its own and returns at once: a JVM's first Spark
     * job also costs the thread that submits it (Spark's closure cleaning and task serialization
     * load and compile their classes then), and the caller has an image to read meanwhile.
     */
    public static SparkWarmUp start(JavaSparkContext context, GrayMethod method) {
        int slots = TaskSlots.of(context);
        List<Integer> tasks = new ArrayList<>(slots);
        for (int i = 0; i < slots; i++) {
            tasks.add(i);
        }
        CompletableFuture<JavaFutureAction<List<Long>>> submitted = new CompletableFuture<>();
        Thread submitter = new Thread(() -> {
            context.setJobGroup(NAME, NAME, false);
            try {
                submitted.complete(context.parallelize(tasks, slots)
                        .map(task -> KernelWarmUp.run(method)).collectAsync());
            } catch (Throwable e) {
                submitted.completeExceptionally(e);
            }
        }, NAME);
        submitter.setDaemon(true);
        submitter.start();
        return new SparkWarmUp(submitted);
    }

    /**
     * Waits, up to {@value #WAIT_SECONDS} s, until the job has been submitted, so that a job
     * submitted after this call queues behind it: its tasks then run warm, and the warm-up
     * shows in the Spark UI before the first image. The job itself may still be running.
     */
    public void awaitSubmitted() {
        job();
    }

    /**
     * Waits, up to {@value #WAIT_SECONDS} s, for the job to end; a warm-up that fails or takes
     * longer is cancelled and forgotten, since the bands then simply run cold.
     */
    public void finish() {
        JavaFutureAction<List<Long>> job = job();
        if (job == null) {
            return;
        }
        try {
            job.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
        } catch (ExecutionException | TimeoutException e) {
            job.cancel(true);
        }
    }

    /** The submitted job, or null when it could not be submitted in time. */
    private JavaFutureAction<List<Long>> job() {
        try {
            return submitted.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
