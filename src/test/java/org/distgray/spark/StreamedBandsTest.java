package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.distgray.image.BadImageException;
import org.distgray.image.BandPlan;
import org.distgray.image.BandReader;
import org.distgray.image.GrayMethod;
import org.distgray.image.PixelLimit;
import org.distgray.image.PngRowReader;
import org.distgray.image.PngStreamWriter;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.TaskRecord;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A picture converted as it is read goes out in several jobs, one running while the next is
 * read, and still comes back as one PNG whose every pixel is the formula; the listener numbers
 * the bands of all jobs as one image's.
 */
@ExtendWith(SharedSpark.class)
class StreamedBandsTest {
    private static final int WIDTH = 211;
    private static final int HEIGHT = 157;
    private static final int BANDS = 12;

    private static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    }

    @Test
    void bandsOfSeveralJobsMakeOnePicture() throws Exception {
        BufferedImage input = TestImages.random(WIDTH, HEIGHT, false, 31);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SparkBandConverter converter =
                new SparkBandConverter(context(), RecordLog.discarding(), 1)) {
            PngRowReader rows = open(TestImages.png(input));
            BandPlan plan = BandPlan.of(HEIGHT, BANDS);
            PngStreamWriter png = PngStreamWriter.start(out, WIDTH, HEIGHT, 8, false, List.of());
            converter.encodePngStream(7, "streamed", new BandReader(rows, plan),
                    GrayMethod.BT601, new PhaseTimes(), png);
            png.finish();

            BufferedImage gray = TestImages.read(out.toByteArray());
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    int rgb = input.getRGB(x, y);
                    int expected = (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF)
                            + 114 * (rgb & 0xFF) + 500) / 1000;
                    assertEquals(expected, gray.getRaster().getSample(x, y, 0),
                            "pixel " + x + "," + y);
                }
            }
            List<TaskRecord> records = converter.taskRecords().stream()
                    .filter(r -> r.image() == 7).toList();
            int[] bands = records.stream().mapToInt(TaskRecord::band).sorted().toArray();
            int[] expectedBands = new int[BANDS];
            Arrays.setAll(expectedBands, i -> i);
            assertTrue(Arrays.equals(expectedBands, bands), Arrays.toString(bands));
            int perJob = TaskSlots.of(context());
            assertEquals((BANDS + perJob - 1) / perJob,
                    context().statusTracker().getJobIdsForGroup("streamed").length,
                    "a job for each task slot's worth of bands");
            for (TaskRecord record : records) {
                assertEquals(plan.rows(record.band()), record.rows(), "rows of band "
                        + record.band());
            }
        }
    }

    @Test
    void aPictureDamagedHalfwayFailsWithItsReason() throws Exception {
        byte[] png = TestImages.png(TestImages.random(WIDTH, HEIGHT, false, 32));
        try (SparkBandConverter converter =
                new SparkBandConverter(context(), RecordLog.discarding(), 1)) {
            PngRowReader rows = open(Arrays.copyOf(png, png.length * 2 / 3));
            PngStreamWriter writer = PngStreamWriter.start(new ByteArrayOutputStream(), WIDTH,
                    HEIGHT, 8, false, List.of());
            BadImageException e = assertThrows(BadImageException.class,
                    () -> converter.encodePngStream(8, "cut", new BandReader(rows,
                            BandPlan.of(HEIGHT, BANDS)), GrayMethod.BT601, new PhaseTimes(),
                            writer));
            assertTrue(e.getMessage().startsWith("truncated PNG"), e.getMessage());
        }
    }

    private static PngRowReader open(byte[] png) throws Exception {
        return PngRowReader.open(new ByteArrayInputStream(png), PixelLimit.of(1_000_000))
                .orElseThrow();
    }
}
