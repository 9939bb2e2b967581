package org.distgray.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.Success$;
import org.apache.spark.TaskEndReason;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;
import org.distgray.image.BandPlan;
import org.distgray.metrics.Progress;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.TaskRecord;

/**
 * Turns Spark's task events into distgray's view of them: which band of which image ran where
 * and for how long, and why an attempt failed or was killed. Jobs are tagged with the image
 * number through a local property, so the listener can tell the bands of one image from those of
 * the next, and from any other job. Each attempt goes to the run's {@link RecordLog} as it ends.
 */
final class BandTaskListener extends SparkListener {
    /** The local property that carries an image number into its job's events. */
    static final String IMAGE_PROPERTY = "distgray.image";
    /**
     * The local property that carries the number of a job's first band, when an image's bands go
     * out in several jobs as it is read; absent means 0.
     */
    static final String FIRST_BAND_PROPERTY = "distgray.firstBand";

    private final Map<Integer, ImageShape> images = new ConcurrentHashMap<>();
    private final Map<Integer, Bands> stageToBands = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> attemptsStarted = new ConcurrentHashMap<>();
    private final List<TaskRecord> records = new ArrayList<>();
    private final RecordLog log;
    private volatile Progress progress;

    /** A listener whose task records also go to {@code log}, each as its attempt ends. */
    BandTaskListener(RecordLog log) {
        if (log == null) {
            throw new IllegalArgumentException("a record log is required");
        }
        this.log = log;
    }

    /** Where finished bands are counted from now on. */
    void reportTo(Progress value) {
        progress = value;
    }

    /** Announces an image before its job is submitted. */
    void expect(int image, BandPlan plan, int width, int bytesPerPixel, int grayBytesPerPixel) {
        images.put(image, new ImageShape(plan, width, bytesPerPixel, grayBytesPerPixel));
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        Properties properties = jobStart.properties();
        String image = properties == null ? null : properties.getProperty(IMAGE_PROPERTY);
        if (image == null) {
            return;
        }
        String firstBand = properties.getProperty(FIRST_BAND_PROPERTY);
        Bands bands = new Bands(Integer.parseInt(image),
                firstBand == null ? 0 : Integer.parseInt(firstBand));
        for (Object stageId : scala.jdk.javaapi.CollectionConverters.asJava(jobStart.stageIds())) {
            stageToBands.put((Integer) stageId, bands);
        }
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart taskStart) {
        Bands bands = stageToBands.get(taskStart.stageId());
        if (bands != null) {
            attemptsStarted.merge(bands.image(), 1, Integer::sum);
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        Bands bands = stageToBands.get(taskEnd.stageId());
        ImageShape shape = bands == null ? null : images.get(bands.image());
        if (shape == null) {
            return;
        }
        int image = bands.image();
        TaskInfo info = taskEnd.taskInfo();
        int band = bands.first() + info.index();
        int rows = shape.plan.rows(band);
        long pixels = (long) rows * shape.width;
        TaskEndReason reason = taskEnd.reason();
        boolean ok = reason == Success$.MODULE$;
        TaskMetrics metrics = taskEnd.taskMetrics();
        TaskRecord.Builder builder = TaskRecord.builder()
                .image(image)
                .band(band, rows, pixels)
                .bytes(pixels * shape.bytesPerPixel, pixels * shape.grayBytesPerPixel)
                .executor(info.executorId(), info.host())
                .times(info.launchTime(), Math.max(info.launchTime(), info.finishTime()),
                        metrics == null ? 0 : metrics.executorRunTime(),
                        metrics == null ? 0 : metrics.jvmGCTime());
        if (!ok) {
            builder.failed(reason instanceof TaskFailedReason failed ? failed.toErrorString()
                    : String.valueOf(reason));
        }
        TaskRecord record = builder.build();
        // Counted before the record is published: awaitBands then also means the progress
        // shows every band of the image.
        Progress current = progress;
        if (ok && current != null) {
            current.bandDone(pixels);
        }
        synchronized (records) {
            records.add(record);
            records.notifyAll();
        }
        log.task(record);
    }

    /**
     * Keeps the record of an ended attempt of an image-mode batch task, which the batch makes
     * (see {@link SparkImageBatch#BATCH_IMAGE}), beside the band attempts, as it ends.
     */
    void batchTask(TaskRecord record) {
        synchronized (records) {
            records.add(record);
            records.notifyAll();
        }
        log.task(record);
    }

    /**
     * Waits until the listener bus has delivered the end of the first {@code bands} bands of
     * {@code image}: Spark returns a job's result before its listeners have seen all its events.
     */
    void awaitBands(int image, int bands, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (records) {
            while (successfulBands(image) < bands) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                records.wait(left);
            }
        }
    }

    /**
     * Waits until the listener bus has delivered the end of every attempt of {@code image} it
     * saw start: after a failed job, Spark ends the killed and failed attempts after it has
     * already given up the job, and their records are what says why.
     */
    void awaitAttempts(int image, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (records) {
            while (endedAttempts(image) < attemptsStarted.getOrDefault(image, 0)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                records.wait(left);
            }
        }
    }

    private int endedAttempts(int image) {
        return (int) records.stream().filter(r -> r.image() == image).count();
    }

    private int successfulBands(int image) {
        int count = 0;
        for (TaskRecord r : records) {
            if (r.image() == image && r.successful()) {
                count++;
            }
        }
        return count;
    }

    /** Every task seen so far, in the order they ended. */
    List<TaskRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /** The image a job's tasks convert bands of, and its first band. */
    private record Bands(int image, int first) {
    }

    private record ImageShape(BandPlan plan, int width, int bytesPerPixel,
            int grayBytesPerPixel) {
    }
}
