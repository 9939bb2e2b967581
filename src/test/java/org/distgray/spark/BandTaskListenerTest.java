package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.distgray.image.BandPlan;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.PixelLayout;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.Progress;
import org.distgray.metrics.TaskRecord;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The listener tells the bands of one image from those of the next, and from any other job on
 * the same context, and counts each finished band into the run's progress.
 */
@ExtendWith(SharedSpark.class)
class BandTaskListenerTest {
    private static final PixelLayout RGB = PixelLayout.of(3, 0, 1, 2, PixelLayout.NO_ALPHA);

    private static ColorImage image(int width, int height, long seed) {
        byte[] samples = new byte[width * height * RGB.stride()];
        new Random(seed).nextBytes(samples);
        return new ColorImage(width, height, RGB, samples);
    }

    @Test
    void tasksAreAttributedToTheirImageAndOtherJobsAreIgnored() {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(
                SharedSpark.session().sparkContext());
        ColorImage first = image(40, 70, 1);
        ColorImage second = image(25, 33, 2);
        Progress progress = new Progress(2, System.nanoTime());
        try (SparkBandConverter converter =
                new SparkBandConverter(context, RecordLog.discarding())) {
            converter.reportTo(progress);
            assertEquals(12, context.parallelize(List.of(1, 2, 3), 3).map(i -> i * 2)
                    .reduce(Integer::sum), "a job of someone else's before the first image");
            BandPlan firstPlan = converter.plan(first.height(), 4, 1);
            converter.convert(1, "first", first, firstPlan, GrayMethod.BT601, new PhaseTimes());
            assertEquals(5, context.parallelize(List.of(1, 2, 3, 4, 5), 5).count(),
                    "a job of someone else's between the images");
            BandPlan secondPlan = converter.plan(second.height(), 3, 1);
            converter.convert(2, "second", second, secondPlan, GrayMethod.BT601,
                    new PhaseTimes());

            Map<Integer, List<TaskRecord>> byImage = converter.taskRecords().stream()
                    .collect(Collectors.groupingBy(TaskRecord::image));
            assertEquals(List.of(1, 2), byImage.keySet().stream().sorted().toList(),
                    "records of the two images only");
            assertBands(firstPlan, first.width(), byImage.get(1));
            assertBands(secondPlan, second.width(), byImage.get(2));

            Progress.Snapshot done = progress.snapshot(System.nanoTime());
            assertEquals(firstPlan.bands() + secondPlan.bands(), done.bandsDone());
            assertEquals(first.pixels() + second.pixels(), done.pixelsDone());
        }
    }

    /** One successful record per band of {@code plan}, with that band's rows and pixels. */
    private static void assertBands(BandPlan plan, int width, List<TaskRecord> records) {
        assertEquals(plan.bands(), records.size(), "records of a " + plan.bands() + "-band image");
        for (int band = 0; band < plan.bands(); band++) {
            int index = band;
            List<TaskRecord> ofBand = records.stream().filter(r -> r.band() == index).toList();
            assertEquals(1, ofBand.size(), "records of band " + band);
            TaskRecord record = ofBand.get(0);
            assertTrue(record.successful(), "band " + band + " succeeded");
            assertEquals(plan.rows(band), record.rows(), "rows of band " + band);
            assertEquals((long) plan.rows(band) * width, record.pixels(), "pixels of band " + band);
        }
    }
}
