package org.distgray.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkEnv;
import org.apache.spark.Success$;
import org.apache.spark.TaskEndReason;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.Progress;
import org.distgray.metrics.TaskRecord;
import scala.reflect.ClassTag;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Converts many whole images at once: each executor task reads, converts and writes a small
 * group of images through the Hadoop file system itself, and only a record per image comes back,
 * so the driver's memory and network stay out of the way however large the batch.
 */
public final class SparkImageBatch {
    /**
     * The image number of a batch task's record: image mode's Spark tasks each convert a group
     * of images, so a record's band is the task's number in the batch, its rows the number of
     * images in the group, its pixels those it converted and its bytes in their input bytes.
     */
    public static final int BATCH_IMAGE = 0;
    private static final String BATCH_PROPERTY = "distgray.batch";

    private final JavaSparkContext context;

    public SparkImageBatch(JavaSparkContext context) {
        if (context == null) {
            throw new IllegalArgumentException("a Spark context is required");
        }
        this.context = context;
    }

    /**
     * What an executor does with one image; defined where conversion is, shipped to the tasks.
     * It reads and writes through {@code conf}, the driver's Hadoop settings, so executors see
     * the same file systems, credentials and endpoints (s3a, HDFS name services).
     */
    @FunctionalInterface
    public interface Work<T> extends Serializable {
        ImageRecord convert(T task, Configuration conf);
    }

    /** Task slots of the cluster. */
    public int slots() {
        return TaskSlots.of(context);
    }

    /**
     * Runs {@code work} over {@code tasks} as one Spark job in the job group
     * {@code description} of the Spark UI, in groups cut by {@code weight} (see
     * {@link ImageGroups}); returns a record per task, in their order, each saying which executor
     * and host converted it. The images finished so far are counted into {@code progress} as the
     * tasks end, and each Spark task's records are handed to {@code finished} on the driver as
     * soon as the task ends, not at the end of the job: a run that dies has reported what it
     * finished. Each attempt of a Spark task, failed and killed ones too, goes to
     * {@code attempts} as it ends (see {@link #BATCH_IMAGE}).
     */
    public <T extends Serializable> List<ImageRecord> convert(List<T> tasks, Configuration conf,
            Work<T> work, ToLongFunction<T> weight, Progress progress, String description,
            Consumer<ImageRecord> finished, Consumer<TaskRecord> attempts) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        long[] weights = tasks.stream().mapToLong(weight).toArray();
        List<List<Numbered<T>>> groups = new ArrayList<>();
        for (List<Integer> group : ImageGroups.plan(weights, slots())) {
            groups.add(group.stream().map(i -> new Numbered<>(i, tasks.get(i))).toList());
        }
        LongAccumulator images = context.sc().longAccumulator("distgray images");
        LongAccumulator pixels = context.sc().longAccumulator("distgray pixels");
        long[] groupSizes = new long[groups.size()];
        long[] groupBytes = new long[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            groupSizes[g] = groups.get(g).size();
            for (Numbered<T> task : groups.get(g)) {
                groupBytes[g] += weights[task.index()];
            }
        }
        FinishedImages listener = new FinishedImages(images, pixels, progress,
                new GroupAttempts(groupSizes, groupBytes, pixels.id(), attempts));
        Broadcast<SerializableConfiguration> settings = context.broadcast(
                new SerializableConfiguration(conf));
        context.sc().addSparkListener(listener);
        context.setJobGroup(description, description, false);
        context.setLocalProperty(BATCH_PROPERTY, "true");
        try {
            JavaRDD<Numbered<ImageRecord>> converted = context.parallelize(groups, groups.size())
                    .flatMap(new Group<>(work, settings, images, pixels));
            ImageRecord[] records = new ImageRecord[tasks.size()];
            context.sc().runJob(converted.rdd(), new GroupRecords(),
                    (Object group, ArrayList<Numbered<ImageRecord>> done) -> {
                        for (Numbered<ImageRecord> record : done) {
                            records[record.index()] = record.value();
                            finished.accept(record.value());
                        }
                        return BoxedUnit.UNIT;
                    }, GroupRecords.TYPE);
            progress.imagesFinished(images.value(), pixels.value());
            return List.of(records);
        } finally {
            context.setLocalProperty(BATCH_PROPERTY, null);
            context.clearJobGroup();
            listener.awaitAttempts(SparkBandConverter.LISTENER_WAIT_MS);
            context.sc().removeSparkListener(listener);
            settings.destroy();
        }
    }

    /** A task or its record with its position in the batch. */
    private record Numbered<V>(int index, V value) implements Serializable {
    }

    /** Converts one group's images in turn, stamping each record with where and when. */
    private static final class Group<T>
            implements FlatMapFunction<List<Numbered<T>>, Numbered<ImageRecord>> {
        private static final long serialVersionUID = 1L;

        private final Work<T> work;
        private final Broadcast<SerializableConfiguration> conf;
        private final LongAccumulator images;
        private final LongAccumulator pixels;

        Group(Work<T> work, Broadcast<SerializableConfiguration> conf, LongAccumulator images,
                LongAccumulator pixels) {
            this.work = work;
            this.conf = conf;
            this.images = images;
            this.pixels = pixels;
        }

        @Override
        public Iterator<Numbered<ImageRecord>> call(List<Numbered<T>> group) {
            SparkEnv env = SparkEnv.get();
            String executor = env.executorId();
            String host = env.blockManager().blockManagerId().host();
            Configuration settings = conf.value().value();
            List<Numbered<ImageRecord>> records = new ArrayList<>(group.size());
            for (Numbered<T> task : group) {
                long start = System.currentTimeMillis();
                ImageRecord record = work.convert(task.value(), settings).ranOn(executor, host,
                        start, Math.max(start, System.currentTimeMillis()));
                records.add(new Numbered<>(task.index(), record));
                images.add(1);
                if (record.status() == ImageRecord.Status.CONVERTED) {
                    pixels.add(record.pixels());
                }
            }
            return records.iterator();
        }
    }

    /** A task's records as the one value it sends back to the driver. */
    private static final class GroupRecords extends AbstractFunction1<
            scala.collection.Iterator<Numbered<ImageRecord>>, ArrayList<Numbered<ImageRecord>>>
            implements Serializable {
        @SuppressWarnings({"unchecked", "rawtypes"})
        static final ClassTag<ArrayList<Numbered<ImageRecord>>> TYPE =
                (ClassTag) ClassTag$.MODULE$.apply(ArrayList.class);
        private static final long serialVersionUID = 1L;

        @Override
        public ArrayList<Numbered<ImageRecord>> apply(
                scala.collection.Iterator<Numbered<ImageRecord>> records) {
            ArrayList<Numbered<ImageRecord>> list = new ArrayList<>();
            while (records.hasNext()) {
                list.add(records.next());
            }
            return list;
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
        private final GroupAttempts attempts;
        private final Set<Integer> batchStages = ConcurrentHashMap.newKeySet();
        private int started;
        private int ended;

        FinishedImages(LongAccumulator images, LongAccumulator pixels, Progress progress,
                GroupAttempts attempts) {
            this.images = images;
            this.pixels = pixels;
            this.progress = progress;
            this.attempts = attempts;
        }

        @Override
        public void onJobStart(SparkListenerJobStart jobStart) {
            Properties properties = jobStart.properties();
            if (properties != null && properties.getProperty(BATCH_PROPERTY) != null) {
                for (Object stage : CollectionConverters.asJava(jobStart.stageIds())) {
                    batchStages.add((Integer) stage);
                }
            }
        }

        @Override
        public void onTaskStart(SparkListenerTaskStart taskStart) {
            if (batchStages.contains(taskStart.stageId())) {
                synchronized (this) {
                    started++;
                }
            }
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            progress.imagesFinished(images.value(), pixels.value());
            if (batchStages.contains(taskEnd.stageId())) {
                attempts.ended(taskEnd);
                synchronized (this) {
                    ended++;
                    notifyAll();
                }
            }
        }

        /**
         * Lets the listener bus deliver the end of every attempt that started: Spark returns a
         * job's results, or gives it up, before its listeners have seen all its events.
         */
        synchronized void awaitAttempts(long timeoutMillis) {
            long deadline = System.currentTimeMillis() + timeoutMillis;
            try {
                while (ended < started) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        return;
                    }
                    wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Makes a record of each ended attempt of a batch task and hands it on. */
    private record GroupAttempts(long[] sizes, long[] bytes, long pixelsAccumulator,
            Consumer<TaskRecord> sink) {
        void ended(SparkListenerTaskEnd taskEnd) {
            TaskInfo info = taskEnd.taskInfo();
            int group = info.index();
            TaskEndReason reason = taskEnd.reason();
            TaskMetrics metrics = taskEnd.taskMetrics();
            TaskRecord.Builder record = TaskRecord.builder()
                    .image(BATCH_IMAGE)
                    .band(group, (int) sizes[group], pixelsOf(info))
                    .bytes(bytes[group], 0)
                    .executor(info.executorId(), info.host())
                    .times(info.launchTime(), Math.max(info.launchTime(), info.finishTime()),
                            metrics == null ? 0 : metrics.executorRunTime(),
                            metrics == null ? 0 : metrics.jvmGCTime());
            if (reason != Success$.MODULE$) {
                record.failed(reason instanceof TaskFailedReason failed
                        ? failed.toErrorString() : String.valueOf(reason));
            }
            sink.accept(record.build());
        }

        /** What the attempt added to the pixels accumulator: the pixels it converted. */
        private long pixelsOf(TaskInfo info) {
            for (AccumulableInfo update : CollectionConverters.asJava(info.accumulables())) {
                if (update.id() == pixelsAccumulator && update.update().isDefined()
                        && update.update().get() instanceof Long value) {
                    return value;
                }
            }
            return 0;
        }
    }
}
