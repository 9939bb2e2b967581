package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.Progress;
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
        List<ImageRecord> records = batch.convert(tasks,
                n -> ImageRecord.skipped("in/" + n + ".png", "out/" + n + ".png", n),
                n -> n % 7, progress, "test batch", streamed::add);

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
}
