package org.distgray.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.distgray.image.Band;
import org.distgray.image.BandPlan;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayBand;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.PngSegment;
import org.distgray.metrics.Phase;
import org.distgray.metrics.PhaseTimes;

/**
 * Converts one decoded image on the cluster: cuts it into bands, one RDD partition each, maps the
 * kernel over them on the executors and puts the returned bands back in order on the driver.
 */
public final class SparkBandConverter implements AutoCloseable {
    private static final long LISTENER_WAIT_MS = 10_000;

    private final JavaSparkContext context;
    private final BandTaskListener listener;
    private SparkWarmUp warmUp;

    /** Registers {@code listener} with the context, so every band of every image is seen. */
    public SparkBandConverter(JavaSparkContext context, BandTaskListener listener) {
        if (context == null || listener == null) {
            throw new IllegalArgumentException("a Spark context and a listener are required");
        }
        this.context = context;
        this.listener = listener;
        context.sc().addSparkListener(listener);
    }

    /** Unregisters the listener; the context itself belongs to the caller and stays up. */
    @Override
    public void close() {
        context.sc().removeSparkListener(listener);
    }

    /** Task slots of the cluster, the basis of the default band count. */
    public int cores() {
        return Math.max(1, context.defaultParallelism());
    }

    /**
     * Starts running the band code on every executor with {@code method}, so that the first
     * image's bands find it compiled; returns at once. The first band job waits for it.
     */
    public void warmUp(GrayMethod method) {
        if (warmUp == null) {
            warmUp = SparkWarmUp.start(context, method);
        }
    }

    /** The host the driver runs on, where band mode reads, decodes and writes. */
    public String driverHost() {
        return context.getConf().get("spark.driver.host", "localhost");
    }

    /** The band plan for an image of {@code height} rows; {@code requested} 0 means default. */
    public BandPlan plan(int height, int requested) {
        return BandPlan.of(height, BandCount.of(height, cores(), requested));
    }

    /**
     * Runs the conversion of {@code image}, numbered {@code imageNumber} in this run, as one Spark
     * job in the job group {@code description} (the image's path) of the Spark UI. The job
     * (cutting, shipping, converting and fetching the bands) is timed as {@link Phase#CONVERT},
     * also when it fails; putting the bands back together on the driver as {@link Phase#COLLECT}.
     */
    public GrayImage convert(int imageNumber, String description, ColorImage image, BandPlan plan,
            GrayMethod method, PhaseTimes phases) {
        PhaseTimes.Timer job = phases.start(Phase.CONVERT);
        List<GrayBand> gray;
        try {
            gray = run(imageNumber, description, image, plan, band -> band.toGray(method));
        } finally {
            job.stop();
        }
        PhaseTimes.Timer collect = phases.start(Phase.COLLECT);
        GrayImage result = GrayImage.assemble(image.width(), image.height(),
                image.layout().hasAlpha(), gray);
        collect.stop();
        return result;
    }

    /**
     * Converts {@code image} and encodes it as PNG on the executors: each band comes back as its
     * filtered, deflated part of the picture's PNG stream, in band order, several times smaller
     * than its gray samples. The job is timed as {@link Phase#CONVERT}, also when it fails.
     */
    public List<PngSegment> encodePng(int imageNumber, String description, ColorImage image,
            BandPlan plan, GrayMethod method, PhaseTimes phases) {
        PhaseTimes.Timer job = phases.start(Phase.CONVERT);
        int last = plan.bands() - 1;
        try {
            return run(imageNumber, description, image, plan,
                    band -> band.toPng(method, band.index() == last));
        } finally {
            job.stop();
        }
    }

    /**
     * Runs {@code work} over the bands of {@code image} as one job, each band a task that reads
     * its rows from a {@link BandSource}: in place with a local master, else by broadcast.
     * Returns the results in band order once the listener has seen every band end; when the job
     * fails, throws once the listener has seen the end of every attempt that started.
     */
    private <R> List<R> run(int imageNumber, String description, ColorImage image,
            BandPlan plan, Function<Band, R> work) {
        if (warmUp != null) {
            warmUp.finish();
        }
        List<Band> bands = new ArrayList<>(plan.bands());
        List<Integer> indices = new ArrayList<>(plan.bands());
        for (int i = 0; i < plan.bands(); i++) {
            bands.add(image.band(i, plan.firstRow(i), plan.rows(i)));
            indices.add(i);
        }
        listener.expect(imageNumber, plan, image.width(), image.layout().stride(),
                image.layout().grayStride());
        context.setLocalProperty(BandTaskListener.IMAGE_PROPERTY, String.valueOf(imageNumber));
        context.setJobGroup(description, description, false);
        BandSource source = context.isLocal() ? LocalBands.share(bands)
                : BroadcastBands.of(context, bands);
        try {
            List<R> results = context.parallelize(indices, plan.bands())
                    .map(index -> work.call(source.band(index)))
                    .collect();
            listener.awaitBands(imageNumber, plan.bands(), LISTENER_WAIT_MS);
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting " + description, e);
        } catch (Exception e) {
            // Spark throws its checked SparkException from collect() without declaring it.
            awaitAttempts(imageNumber);
            throw e instanceof RuntimeException unchecked ? unchecked
                    : new IllegalStateException(e.getMessage(), e);
        } finally {
            source.release();
            context.setLocalProperty(BandTaskListener.IMAGE_PROPERTY, null);
            context.clearJobGroup();
        }
    }

    /** Lets the records of a failed job's attempts arrive; an interrupt only cuts it short. */
    private void awaitAttempts(int imageNumber) {
        try {
            listener.awaitAttempts(imageNumber, LISTENER_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
