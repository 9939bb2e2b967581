package org.distgray.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.distgray.image.BadImageException;
import org.distgray.image.Band;
import org.distgray.image.BandPlan;
import org.distgray.image.BandStream;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayBand;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.KernelChoice;
import org.distgray.image.PngSegment;
import org.distgray.image.PngStreamWriter;
import org.distgray.metrics.Phase;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.Progress;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.TaskRecord;

/**
 * Band mode's use of the cluster: an image is cut into bands, one RDD partition each, and the
 * executors convert them, returning gray bands that the driver puts back in order
 * ({@link #convert}), PNG segments that it joins into one stream ({@link #encodePng}, and
 * {@link #encodePngStream} for bands sent out while the image is still being decoded), or the
 * JPEGs of the bands ({@link #encodeJpeg}). It owns
 * the listener that turns the bands' Spark tasks into task records and progress, and the warm-up
 * job that the first bands wait for.
 */
public final class SparkBandConverter implements AutoCloseable {
    /** Longest wait for Spark's listener bus to deliver the events of a job that has ended. */
    static final long LISTENER_WAIT_MS = 10_000;
    /** Colour samples a streamed picture's job carries: the driver holds two jobs' worth. */
    private static final long STREAM_JOB_BYTES = 128L << 20;

    private final JavaSparkContext context;
    private final BandTaskListener listener;
    private final long streamJobBytes;
    private SparkWarmUp warmUp;

    /**
     * Registers a listener with the context, so every band of every image is seen; each task
     * record also goes to {@code log} as its attempt ends.
     */
    public SparkBandConverter(JavaSparkContext context, RecordLog log) {
        this(context, log, STREAM_JOB_BYTES);
    }

    /**
     * The same, sending a streamed picture out in jobs of {@code streamJobBytes} of samples
     * (at least one band per task slot each).
     */
    SparkBandConverter(JavaSparkContext context, RecordLog log, long streamJobBytes) {
        if (context == null || log == null || streamJobBytes < 1) {
            throw new IllegalArgumentException("a Spark context, a record log and a positive job"
                    + " size are required");
        }
        this.context = context;
        this.listener = new BandTaskListener(log);
        this.streamJobBytes = streamJobBytes;
        context.sc().addSparkListener(listener);
    }

    /**
     * Lets a warm-up that is still running end (when every input failed before its bands went
     * out, stopping the session under it would make Spark log an error), then unregisters the
     * listener; the context itself belongs to the caller and stays up.
     */
    @Override
    public void close() {
        if (warmUp != null) {
            warmUp.finish();
        }
        context.sc().removeSparkListener(listener);
    }

    /** Counts the bands that end into {@code progress} from now on; null stops counting. */
    public void reportTo(Progress progress) {
        listener.reportTo(progress);
    }

    /**
     * Records an attempt of an image-mode task, which the listener cannot see as a band: it
     * joins the run's task records and goes to the record log.
     */
    public void recordBatchTask(TaskRecord record) {
        listener.batchTask(record);
    }

    /** Every task attempt recorded so far, bands and image-mode tasks. */
    public List<TaskRecord> taskRecords() {
        return listener.records();
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

    /**
     * The band plan for an image of {@code height} rows, its bands whole {@code unit}s of rows
     * but the last; {@code requested} 0 means the default count.
     */
    public BandPlan plan(int height, int requested, int unit) {
        return BandPlan.of(height, BandCount.of(height, TaskSlots.of(context), requested), unit);
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
            gray = run(imageNumber, description, image, plan, method, phases,
                    band -> band.toGray(method));
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
            return run(imageNumber, description, image, plan, method, phases,
                    band -> band.toPng(method, band.index() == last));
        } finally {
            job.stop();
        }
    }

    /**
     * Converts {@code image} and encodes it as JPEG at {@code quality} on the executors: each
     * band of {@code plan} (whole rows of 8x8 blocks) comes back as a JPEG of its own, several
     * times smaller than its gray samples, for {@link org.distgray.image.JpegBands#join}. The
     * job is timed as {@link Phase#CONVERT}, also when it fails.
     */
    public List<byte[]> encodeJpeg(int imageNumber, String description, ColorImage image,
            BandPlan plan, GrayMethod method, int quality, PhaseTimes phases) {
        PhaseTimes.Timer job = phases.start(Phase.CONVERT);
        try {
            return run(imageNumber, description, image, plan, method, phases,
                    band -> band.toJpeg(method, quality));
        } finally {
            job.stop();
        }
    }

    /**
     * Converts and PNG-encodes a picture that is read or decoded as it goes out, its bands given
     * by {@code reader}, and appends their segments to {@code png} in order: one job runs while
     * the bands of the next are read, so a streamed picture is never held whole. The
     * jobs are timed as {@link Phase#CONVERT} while the driver waits for them, the reading as
     * {@link Phase#DECODE} and the appending as {@link Phase#WRITE}.
     */
    public void encodePngStream(int imageNumber, String description, BandStream reader,
            GrayMethod method, PhaseTimes phases, PngStreamWriter png)
            throws BadImageException, IOException {
        BandPlan plan = reader.plan();
        int last = plan.bands() - 1;
        int perJob = reader.bandsPerJob(TaskSlots.of(context), streamJobBytes);
        listener.expect(imageNumber, plan, reader.width(), reader.layout().stride(),
                reader.layout().grayStride());
        Job<PngSegment> running = null;
        try {
            while (reader.hasNext() || running != null) {
                Job<PngSegment> next = null;
                if (reader.hasNext()) {
                    List<Band> bands = new ArrayList<>(perJob);
                    PhaseTimes.Timer decode = phases.start(Phase.DECODE);
                    try {
                        while (reader.hasNext() && bands.size() < perJob) {
                            bands.add(reader.next());
                        }
                    } finally {
                        decode.stop();
                    }
                    next = submit(imageNumber, description, bands, method, phases,
                            band -> band.toPng(method, band.index() == last));
                }
                if (running != null) {
                    List<PngSegment> segments;
                    PhaseTimes.Timer job = phases.start(Phase.CONVERT);
                    try {
                        segments = running.await();
                    } finally {
                        job.stop();
                    }
                    PhaseTimes.Timer write = phases.start(Phase.WRITE);
                    for (PngSegment segment : segments) {
                        png.append(segment);
                    }
                    write.stop();
                }
                running = next;
            }
        } finally {
            if (running != null) {
                running.cancel();
            }
        }
    }

    /**
     * Runs {@code work} over the bands of {@code image} as one job and returns the results in
     * band order; see {@link #submit}.
     */
    private <R> List<R> run(int imageNumber, String description, ColorImage image,
            BandPlan plan, GrayMethod method, PhaseTimes phases, Function<Band, R> work) {
        List<Band> bands = new ArrayList<>(plan.bands());
        for (int i = 0; i < plan.bands(); i++) {
            bands.add(image.band(i, plan.firstRow(i), plan.rows(i)));
        }
        listener.expect(imageNumber, plan, image.width(), image.layout().stride(),
                image.layout().grayStride());
        return submit(imageNumber, description, bands, method, phases, work).await();
    }

    /**
     * Submits {@code work} over {@code bands}, consecutive bands of one image, as one job, each
     * band a task that reads its rows from a {@link BandSource}: in place with a local master,
     * else by broadcast. The job runs while the caller goes on; see {@link Job#await}, which
     * notes in {@code phases} the kernel each task's JVM converted {@code method} with.
     */
    private <R> Job<R> submit(int imageNumber, String description, List<Band> bands,
            GrayMethod method, PhaseTimes phases, Function<Band, R> work) {
        if (warmUp != null) {
            warmUp.finish();
        }
        List<Integer> indices = new ArrayList<>(bands.size());
        for (int i = 0; i < bands.size(); i++) {
            indices.add(i);
        }
        int firstBand = bands.get(0).index();
        context.setLocalProperty(BandTaskListener.IMAGE_PROPERTY, String.valueOf(imageNumber));
        context.setLocalProperty(BandTaskListener.FIRST_BAND_PROPERTY,
                String.valueOf(firstBand));
        context.setJobGroup(description, description, false);
        BandSource source = context.isLocal() ? LocalBands.share(bands)
                : BroadcastBands.of(context, bands);
        try {
            JavaFutureAction<List<KernelResult<R>>> future = context
                    .parallelize(indices, bands.size())
                    .map(index -> {
                        Band band = source.band(index);
                        return new KernelResult<>(KernelChoice.name(method, band.layout()),
                                work.call(band));
                    })
                    .collectAsync();
            return new Job<>(imageNumber, description, firstBand + bands.size(), source, future,
                    phases);
        } catch (RuntimeException e) {
            source.release();
            throw e;
        } finally {
            context.setLocalProperty(BandTaskListener.IMAGE_PROPERTY, null);
            context.setLocalProperty(BandTaskListener.FIRST_BAND_PROPERTY, null);
            context.clearJobGroup();
        }
    }

    /** A submitted band job, whose bands the driver releases once it has ended. */
    private final class Job<R> {
        private final int imageNumber;
        private final String description;
        private final int bandsUpTo;
        private final BandSource source;
        private final JavaFutureAction<List<KernelResult<R>>> future;
        private final PhaseTimes phases;

        private Job(int imageNumber, String description, int bandsUpTo, BandSource source,
                JavaFutureAction<List<KernelResult<R>>> future, PhaseTimes phases) {
            this.imageNumber = imageNumber;
            this.description = description;
            this.bandsUpTo = bandsUpTo;
            this.source = source;
            this.future = future;
            this.phases = phases;
        }

        /**
         * The results in band order, once the listener has seen the job's bands and those before
         * them end; when the job fails, throws once the listener has seen the end of every
         * attempt that started.
         */
        List<R> await() {
            try {
                List<KernelResult<R>> tagged = future.get();
                listener.awaitBands(imageNumber, bandsUpTo, LISTENER_WAIT_MS);
                List<R> results = new ArrayList<>(tagged.size());
                for (KernelResult<R> result : tagged) {
                    phases.kernel(result.kernel());
                    results.add(result.value());
                }
                return results;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while converting " + description, e);
            } catch (ExecutionException e) {
                awaitAttempts(imageNumber);
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw cause instanceof RuntimeException unchecked ? unchecked
                        : new IllegalStateException(cause.getMessage(), cause);
            } finally {
                source.release();
            }
        }

        /** Stops a job whose results are no longer wanted, and releases its bands. */
        void cancel() {
            future.cancel(true);
            source.release();
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
