package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.Progress;
import org.distgray.metrics.TaskRecord;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A batch runs its work on the executors and brings back one record per task, in task order
 * (whatever order the groups ran in), each stamped with the executor and host that did it, every
 * one also handed over as its task ended; the progress ends counting every image.
 */
@ExtendWith(SharedSpark.class)
class SparkImageBatchTest {
    @Test
    void recordsComeBackInOrderStampedWithWhereTheyRan() {
        SparkImageBatch batch = new SparkImageBatch(
                JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext()));
        List<Integer> tasks = IntStream.rangeClosed(1, 50).boxed().toList();
        Progress progress = Progress.ofBatch(tasks.size(), System.nanoTime());

        List<ImageRecord> streamed = Collections.synchronizedList(new ArrayList<>());
        List<ImageRecord> records = batch.convert(tasks, new Configuration(false),
                (n, conf) -> ImageRecord.skipped("in/" + n + ".png", "out/" + n + ".png", n),
                n -> n % 7, progress, "test batch", streamed::add, attempt -> { });

        assertEquals(tasks.stream().map(n -> "in/" + n + ".png").toList(),
                records.stream().map(ImageRecord::path).toList());
        for (ImageRecord record : records) {
            assertEquals("driver", record.executor(), "local mode's executor");
            assertTrue(record.host() != null && !record.host().isEmpty());
            assertTrue(record.startMillis() > 0 && record.endMillis() >= record.startMillis());
        }
        assertEquals(50, progress.snapshot(System.nanoTime()).imagesDone());
        assertEquals(records.stream().map(ImageRecord::path).sorted().toList(),
                streamed.stream().map(ImageRecord::path).sorted().toList(),
                "each record handed over once as its task ended");
    }

    @Test
    void theWorkReadsAndWritesWithTheDriversHadoopSettings() {
        SparkImageBatch batch = new SparkImageBatch(
                JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext()));
        Configuration conf = new Configuration(false);
        conf.set("fs.s3a.endpoint", "http://127.0.0.1:9000");
        List<Integer> tasks = IntStream.rangeClosed(1, 6).boxed().toList();

        List<ImageRecord> records = batch.convert(tasks, conf,
                (n, seen) -> ImageRecord.skipped(seen.get("fs.s3a.endpoint") + "/" + n,
                        "out/" + n + ".png", n),
                n -> 1, Progress.ofBatch(tasks.size(), System.nanoTime()), "test batch",
                record -> { }, attempt -> { });

        assertEquals(tasks.stream().map(n -> "http://127.0.0.1:9000/" + n).toList(),
                records.stream().map(ImageRecord::path).toList());
    }

    @Test
    void eachSparkTaskIsRecordedWithItsImagesPixelsAndInputBytes() {
        SparkImageBatch batch = new SparkImageBatch(
                JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext()));
        List<Integer> tasks = IntStream.rangeClosed(1, 40).boxed().toList();
        List<TaskRecord> attempts = Collections.synchronizedList(new ArrayList<>());
        batch.convert(tasks, new Configuration(false),
                (n, conf) -> ImageRecord.converted("in/" + n + ".png", "out/" + n + ".png",
                        "png", n, 10, 1, 100L * n, 50, new PhaseTimes()),
                n -> 100L * n, Progress.ofBatch(tasks.size(), System.nanoTime()), "test batch",
                record -> { }, attempts::add);

        assertTrue(attempts.size() >= 2, "a batch of 40 runs as several tasks: " + attempts);
        for (TaskRecord attempt : attempts) {
            assertEquals(SparkImageBatch.BATCH_IMAGE, attempt.image());
            assertTrue(attempt.successful(), attempt.error());
            assertEquals("driver", attempt.executorId());
        }
        assertEquals(IntStream.range(0, attempts.size()).boxed().toList(),
                attempts.stream().map(TaskRecord::band).sorted().toList(), "task numbers");
        assertEquals(40, attempts.stream().mapToInt(TaskRecord::rows).sum(), "images");
        long pixels = tasks.stream().mapToLong(n -> 10L * n).sum();
        assertEquals(pixels, attempts.stream().mapToLong(TaskRecord::pixels).sum(), "pixels");
        assertEquals(100 * tasks.stream().mapToLong(n -> n).sum(),
                attempts.stream().mapToLong(TaskRecord::bytesIn).sum(), "input bytes");
    }
}
