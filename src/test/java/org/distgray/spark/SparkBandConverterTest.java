package org.distgray.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.holdenkarau.spark.testing.JavaRDDComparisons;
import java.io.Serializable;
import java.util.ArrayList;
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
import org.distgray.testing.GrayReference;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scala.Option;
import scala.Tuple2;

/**
 * Bands converted on the executors come back whole and in order, every pixel the reference
 * formula of its source pixel.
 */
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
    void distributedResultIsTheFormulaOnEveryPixel(String name, ColorImage image, int partitions,
            GrayMethod method) {
        try (SparkBandConverter converter = new SparkBandConverter(context(),
                RecordLog.discarding())) {
            BandPlan plan = converter.plan(image.height(), partitions, 1);
            GrayImage gray = converter.convert(1, name, image, plan, method, new PhaseTimes());
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

    static Stream<Arguments> bandJobs() {
        return Stream.of(
                Arguments.of("bt601 BGR", random(123, 200, BGR, 21), 9, GrayMethod.BT601),
                Arguments.of("bt709 ABGR", random(57, 90, ABGR, 22), 7, GrayMethod.BT709),
                Arguments.of("average RGBA", random(64, 33, RGBA, 23), 5, GrayMethod.AVERAGE),
                Arguments.of("luminance BGR", random(40, 41, BGR, 24), 6,
                        GrayMethod.LUMINANCE));
    }

    /**
     * Bands as RDD partitions, converted by Spark tasks: each band travels serialized into its
     * task (writing only its own rows and the row above, as it does into a broadcast on a
     * cluster) and comes out as the reference's pixels, in band and row order. The expected RDD
     * is built from {@link GrayReference} on the driver; spark-testing-base compares the two
     * element by element, in order, and names the first difference.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bandJobs")
    void bandRddHoldsTheReferencePixelsInOrder(String name, ColorImage image, int count,
            GrayMethod method) {
        BandPlan plan = BandPlan.of(image.height(), count);
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < plan.bands(); i++) {
            bands.add(image.band(i, plan.firstRow(i), plan.rows(i)));
        }
        int width = image.width();
        int height = image.height();
        JavaRDD<Pixel> converted = context().parallelize(bands, plan.bands())
                .flatMap(band -> Pixel.of(band.toGray(method), width, height).iterator());
        JavaRDD<Pixel> expected = context().parallelize(Pixel.reference(image, plan, method),
                plan.bands());

        Option<Tuple2<Option<Pixel>, Option<Pixel>>> difference =
                JavaRDDComparisons.compareRDDWithOrder(expected, converted);
        assertTrue(difference.isEmpty(), () -> name + ": first difference (expected, converted): "
                + difference.get());
        assertEquals((long) width * height, converted.count(), name + ": every pixel once");
    }

    /** One gray pixel of a band, a value with equality for the RDD comparison. */
    record Pixel(int band, int x, int y, int gray, int alpha) implements Serializable {
        /** The pixels of a converted band, row by row. */
        static List<Pixel> of(GrayBand band, int width, int height) {
            byte[] whole = new byte[width * height * (band.hasAlpha() ? 2 : 1)];
            band.copyInto(whole, width);
            GrayImage picture = new GrayImage(width, height, band.hasAlpha(), whole);
            List<Pixel> pixels = new ArrayList<>();
            for (int y = band.firstRow(); y < band.firstRow() + band.rows(); y++) {
                for (int x = 0; x < width; x++) {
                    pixels.add(new Pixel(band.index(), x, y, picture.gray(x, y),
                            picture.alpha(x, y)));
                }
            }
            return pixels;
        }

        /** What every band of {@code image} must hold, from the reference formula. */
        static List<Pixel> reference(ColorImage image, BandPlan plan, GrayMethod method) {
            PixelLayout layout = image.layout();
            byte[] samples = image.samples();
            List<Pixel> pixels = new ArrayList<>();
            for (int band = 0; band < plan.bands(); band++) {
                for (int y = plan.firstRow(band); y < plan.firstRow(band) + plan.rows(band); y++) {
                    for (int x = 0; x < image.width(); x++) {
                        int s = (y * image.width() + x) * layout.stride();
                        int gray = GrayReference.gray(method, samples[s + layout.red()] & 0xFF,
                                samples[s + layout.green()] & 0xFF,
                                samples[s + layout.blue()] & 0xFF);
                        int alpha = layout.hasAlpha() ? samples[s + layout.alpha()] & 0xFF : 255;
                        pixels.add(new Pixel(band, x, y, gray, alpha));
                    }
                }
            }
            return pixels;
        }
    }
}
