package org.distgray.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.Progress;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Converts many whole images at once: each executor task reads, converts and writes a small
 * group of images through the Hadoop file system itself, and only a record per image comes back,
 * so the driver's memory and network stay out of the way however large the batch.
 */
public final class SparkImageBatch {
    /** Images per task when a batch is large: few enough that a lost task costs little. */
    static final int IMAGES_PER_TASK = 8;

    private final JavaSparkContext context;

    public SparkImageBatch(JavaSparkContext context) {
        if (context == null) {
            throw new IllegalArgumentException("a Spark context is required");
        }
        this.context = context;
    }

    /** What an executor does with one image; defined where conversion is, shipped to the tasks. */
    @FunctionalInterface
    public interface Work<T> extends Serializable {
        ImageRecord convert(T task);
    }

    /** Task slots of the cluster. */
    public int slots() {
        return Math.max(1, context.defaultParallelism());
    }

    /**
     * Tasks for {@code images} images on {@code slots} slots: several per slot, so a faster
     * executor takes more of them, and groups of at most {@link #IMAGES_PER_TASK} images.
     */
    static int partitions(int images, int slots) {
        if (images < 1 || slots < 1) {
            throw new IllegalArgumentException("need images and slots, got " + images + " and "
                    + slots);
        }
        int bySlots = (int) Math.min(Integer.MAX_VALUE, (long) slots * BandCount.BANDS_PER_CORE);
        int byGroups = (images + IMAGES_PER_TASK - 1) / IMAGES_PER_TASK;
        return Math.min(images, Math.max(bySlots, byGroups));
    }

    /**
     * Runs {@code work} over {@code tasks} as one Spark job named {@code description}; returns a
     * record per task, in their order, each saying which executor and host converted it. The
     * images finished so far are counted into {@code progress} as the tasks end, and each
     * Spark task's records are handed to {@code finished} on the driver as soon as the task
     * ends, not at the end of the job: a run that dies has reported what it finished.
     */
    public <T extends Serializable> List<ImageRecord> convert(List<T> tasks, Work<T> work,
            Progress progress, String description, Consumer<ImageRecord> finished) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        LongAccumulator images = context.sc().longAccumulator("distgray images");
        LongAccumulator pixels = context.sc().longAccumulator("distgray pixels");
        SparkListener listener = new FinishedImages(images, pixels, progress);
        context.sc().addSparkListener(listener);
        context.setJobDescription(description);
        try {
            JavaRDD<ImageRecord> groups = context.parallelize(tasks,
                    partitions(tasks.size(), slots()))
                    .mapPartitions(new Group<>(work, images, pixels));
            ImageRecord[][] byTask = new ImageRecord[groups.getNumPartitions()][];
            ClassTag<ImageRecord[]> type = ClassTag$.MODULE$.apply(ImageRecord[].class);
            context.sc().runJob(groups.rdd(), new ToArray(), (Object index, ImageRecord[] done) -> {
                byTask[(Integer) index] = done;
                for (ImageRecord record : done) {
                    finished.accept(record);
                }
                return BoxedUnit.UNIT;
            }, type);
            progress.imagesFinished(images.value(), pixels.value());
            List<ImageRecord> records = new ArrayList<>(tasks.size());
            for (ImageRecord[] done : byTask) {
                records.addAll(Arrays.asList(done));
            }
            return records;
        } finally {
            context.setJobDescription(null);
            context.sc().removeSparkListener(listener);
        }
    }

    /** Converts one task's images in turn, stamping each record with where and when. */
    private static final class Group<T> implements FlatMapFunction<Iterator<T>, ImageRecord> {
        private static final long serialVersionUID = 1L;

        private final Work<T> work;
        private final LongAccumulator images;
        private final LongAccumulator pixels;

        Group(Work<T> work, LongAccumulator images, LongAccumulator pixels) {
            this.work = work;
            this.images = images;
            this.pixels = pixels;
        }

        @Override
        public Iterator<ImageRecord> call(Iterator<T> tasks) {
            SparkEnv env = SparkEnv.get();
            String executor = env.executorId();
            String host = env.blockManager().blockManagerId().host();
            List<ImageRecord> records = new ArrayList<>();
            while (tasks.hasNext()) {
                long start = System.currentTimeMillis();
                ImageRecord record = work.convert(tasks.next());
                records.add(record.ranOn(executor, host, start,
                        Math.max(start, System.currentTimeMillis())));
                images.add(1);
                if (record.status() == ImageRecord.Status.CONVERTED) {
                    pixels.add(record.pixels());
                }
            }
            return records.iterator();
        }
    }

    /** A task's records as the one value it sends back to the driver. */
    private static final class ToArray
            extends AbstractFunction1<scala.collection.Iterator<ImageRecord>, ImageRecord[]>
            implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ImageRecord[] apply(scala.collection.Iterator<ImageRecord> records) {
            List<ImageRecord> list = new ArrayList<>();
            while (records.hasNext()) {
                list.add(records.next());
            }
            return list.toArray(new ImageRecord[0]);
        }
    }

    /**
     * Copies the accumulators into the progress at each task end: Spark merges a finished
     * task's accumulator updates on the driver before it posts the task's end.
     */
    private static final class FinishedImages extends SparkListener {
        private final LongAccumulator images;
        private final LongAccumulator pixels;
        private final Progress progress;

        FinishedImages(LongAccumulator images, LongAccumulator pixels, Progress progress) {
            this.images = images;
            this.pixels = pixels;
            this.progress = progress;
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            progress.imagesFinished(images.value(), pixels.value());
        }
    }
}
