package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.holdenkarau.spark.testing.JavaRDDComparisons;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.distgray.image.Band;
import org.distgray.image.BandPlan;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayBand;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.PixelLayout;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.TaskRecord;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scala.Tuple2;

/** Bands converted on the executors come back whole, in order, and equal to a local conversion. */
@ExtendWith(SharedSpark.class)
class SparkBandConverterTest {
    private static final PixelLayout BGR = PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA);
    private static final PixelLayout ABGR = PixelLayout.of(4, 3, 2, 1, 0);
    private static final PixelLayout RGBA = PixelLayout.of(4, 0, 1, 2, 3);

    private static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
    }

    private static ColorImage random(int width, int height, PixelLayout layout, long seed) {
        byte[] samples = new byte[width * height * layout.stride()];
        new Random(seed).nextBytes(samples);
        return new ColorImage(width, height, layout, samples);
    }

    static Stream<Arguments> images() {
        return Stream.of(
                Arguments.of("1x1", random(1, 1, BGR, 1), 0, GrayMethod.BT601),
                Arguments.of("one row", random(300, 1, BGR, 2), 0, GrayMethod.BT601),
                Arguments.of("one column", random(1, 300, BGR, 3), 0, GrayMethod.BT601),
                Arguments.of("7x5", random(7, 5, BGR, 4), 0, GrayMethod.BT601),
                Arguments.of("height below partitions", random(50, 3, BGR, 5), 16,
                        GrayMethod.BT601),
                Arguments.of("640x480", random(640, 480, BGR, 6), 0, GrayMethod.BT601),
                Arguments.of("many bands", random(64, 480, BGR, 7), 120, GrayMethod.BT601),
                Arguments.of("ABGR", random(99, 61, ABGR, 8), 5, GrayMethod.BT601),
                Arguments.of("RGBA", random(99, 61, RGBA, 12), 5, GrayMethod.BT601),
                Arguments.of("bt709", random(80, 60, BGR, 9), 7, GrayMethod.BT709),
                Arguments.of("average with alpha", random(80, 60, RGBA, 10), 7,
                        GrayMethod.AVERAGE),
                Arguments.of("luminance", random(80, 60, BGR, 11), 7, GrayMethod.LUMINANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void distributedResultEqualsLocalConversion(String name, ColorImage image, int partitions,
            GrayMethod method) {
        try (SparkBandConverter converter = new SparkBandConverter(context(), RecordLog.discarding())) {
            BandPlan plan = converter.plan(image.height(), partitions);
            GrayImage gray = converter.convert(1, name, image, plan, method, new PhaseTimes());
            assertArrayEquals(image.toGray(method).samples(), gray.samples());
            PixelAssertions.assertGrayOf(image, gray, method);

            List<TaskRecord> tasks = converter.taskRecords();
            assertEquals(IntStream.range(0, plan.bands()).boxed().toList(),
                    tasks.stream().filter(TaskRecord::successful).map(TaskRecord::band).sorted()
                            .toList(), "one successful record per band");
            for (TaskRecord task : tasks) {
                assertEquals(1, task.image());
                assertEquals(plan.rows(task.band()), task.rows(), "rows of band " + task.band());
                assertEquals((long) plan.rows(task.band()) * image.width(), task.pixels());
                assertEquals(task.pixels() * image.layout().stride(), task.bytesIn());
                assertEquals(task.pixels() * image.layout().grayStride(), task.bytesOut());
                assertTrue(task.gcTime() >= 0 && task.executorRunTime() >= 0);
                assertFalse(task.executorId().isEmpty());
                assertFalse(task.host().isEmpty());
                assertTrue(task.launchTime() <= task.finishTime());
            }
        }
    }

    @Test
    void bandRddMatchesBandsConvertedOnTheDriver() {
        ColorImage image = random(123, 200, BGR, 9);
        BandPlan plan = BandPlan.of(image.height(), 9);
        List<Band> bands = new ArrayList<>();
        List<Tuple2<Integer, String>> local = new ArrayList<>();
        for (int i = 0; i < plan.bands(); i++) {
            Band band = image.band(i, plan.firstRow(i), plan.rows(i));
            bands.add(band);
            local.add(fingerprint(band.toGray(), image.width()));
        }
        JavaRDD<Tuple2<Integer, String>> distributed = context().parallelize(bands, plan.bands())
                .map(Band::toGray)
                .map(gray -> fingerprint(gray, 123));
        JavaRDDComparisons.assertRDDEquals(context().parallelize(local), distributed);
    }

    /** A band's index and its gray rows, as a value with equality for the RDD comparison. */
    private static Tuple2<Integer, String> fingerprint(GrayBand band, int width) {
        byte[] whole = new byte[(band.firstRow() + band.rows()) * width];
        band.copyInto(whole, width);
        byte[] rows = java.util.Arrays.copyOfRange(whole, band.firstRow() * width, whole.length);
        return new Tuple2<>(band.index(), Base64.getEncoder().encodeToString(rows));
    }
}
