package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.distgray.testing.ExifJpegs;
import org.distgray.testing.JpegKinds;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JPEG decoded while its bands are used: the rows must be libjpeg's integer YCbCr to RGB of
 * the samples a whole decode gives (computed here from jdcolor.c's constants, not by the code
 * under test), the bands must be exactly the picture's rows, and a damaged file must fail the
 * stream with its reason.
 */
class DecodingJpegTest {
    private static final ImageDecoder DECODER = new ImageDecoder(PixelLimit.of(1L << 30));

    static Stream<Arguments> plainJpegs() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        JpegKinds.everyKind(TestImages.random(131, 77, false, 5))
                .forEach((name, bytes) -> cases.add(Arguments.of(name, bytes)));
        JpegKinds.dataSamples().forEach((name, bytes) -> cases.add(Arguments.of(name, bytes)));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plainJpegs")
    void rowsAreLibjpegsRgbOfTheWholeDecode(String name, byte[] jpeg) throws Exception {
        ColorImage ycc = DECODER.decode(jpeg).image();
        assertTrue(ycc.layout().isYcc(), name + " should be a plain YCbCr JPEG");
        try (DecodingJpeg decoding = DECODER.startDecoding(jpeg).orElseThrow()) {
            BandStream bands = decoding.bands(BandPlan.of(ycc.height(), 3));
            while (bands.hasNext()) {
                bands.next();
            }
            byte[] rgb = decoding.image().samples();
            byte[] samples = ycc.samples();
            assertEquals(samples.length, rgb.length, name);
            for (int i = 0; i < samples.length; i += 3) {
                int y = samples[i] & 0xFF;
                int cb = (samples[i + 1] & 0xFF) - 128;
                int cr = (samples[i + 2] & 0xFF) - 128;
                int red = clamp(y + ((91881 * cr + 32768) >> 16));
                int green = clamp(y + ((-22554 * cb - 46802 * cr + 32768) >> 16));
                int blue = clamp(y + ((116130 * cb + 32768) >> 16));
                int pixel = i / 3;
                String at = name + " pixel " + pixel % ycc.width() + "," + pixel / ycc.width();
                assertEquals(red, rgb[i] & 0xFF, at + " red");
                assertEquals(green, rgb[i + 1] & 0xFF, at + " green");
                assertEquals(blue, rgb[i + 2] & 0xFF, at + " blue");
            }
        }
    }

    @Test
    void bandsAreThePicturesRowsInOrder() throws Exception {
        byte[] jpeg = JpegKinds.write(TestImages.structured(96, 70), false, 2, 2);
        try (DecodingJpeg decoding = DECODER.startDecoding(jpeg).orElseThrow()) {
            BandPlan plan = BandPlan.of(70, 4);
            BandStream bands = decoding.bands(plan);
            assertEquals(96, bands.width());
            assertEquals(2, bands.bandsPerJob(2, Long.MAX_VALUE));
            for (int i = 0; i < plan.bands(); i++) {
                Band band = bands.next();
                assertEquals(i, band.index());
                assertEquals(plan.firstRow(i), band.firstRow());
                assertEquals(plan.rows(i), band.rows());
                assertEquals((long) plan.rows(i) * 96, band.pixels(), "band " + i);
            }
            assertFalse(bands.hasNext());
            assertThrows(IllegalStateException.class, bands::next);
        }
    }

    @Test
    void aTruncatedJpegFailsTheStreamWithItsReason() throws Exception {
        byte[] jpeg = TestImages.truncated(JpegKinds.write(TestImages.random(400, 300, false, 9),
                false, 1, 1), 0.5);
        BadImageException e = assertThrows(BadImageException.class, () -> {
            try (DecodingJpeg decoding = DECODER.startDecoding(jpeg).orElseThrow()) {
                BandStream bands = decoding.bands(BandPlan.of(300, 3));
                while (bands.hasNext()) {
                    bands.next();
                }
            }
        });
        assertTrue(e.getMessage().startsWith("truncated JPEG")
                || e.getMessage().startsWith("corrupt JPEG"), e.getMessage());
    }

    @Test
    void closingStopsADecodeThatIsStillRunning() {
        byte[] jpeg = JpegKinds.write(TestImages.random(3000, 2000, false, 3), false, 1, 1);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 5; i++) {
                DecodingJpeg decoding = DECODER.startDecoding(jpeg).orElseThrow();
                decoding.close();
                assertThrows(BadImageException.class, () -> decoding.awaitRows(2000),
                        "the decode stopped before its last row");
            }
        });
    }

    @Test
    void onlyUprightPlainJpegsAreDecodedThisWay() throws Exception {
        BufferedImage picture = TestImages.structured(64, 48);
        assertTrue(DECODER.startDecoding(TestImages.png(picture)).isEmpty(), "a PNG");
        assertTrue(DECODER.startDecoding(ExifJpegs.withOrientation(TestImages.jpeg(picture), 6,
                true)).isEmpty(), "a JPEG to be turned upright");
        assertTrue(DECODER.startDecoding(TestImages.encode(TestImages.gray(64, 48), "jpeg"))
                .isEmpty(), "a gray JPEG");
    }

    @Test
    void aProgressiveJpegThatCannotBeRewrittenIsLeftToTheWholeDecode() throws Exception {
        byte[] progressive = JpegKinds.write(TestImages.random(64, 48, false, 4), true, 1, 1);
        byte[] tableLate = withTablesAgainBeforeTheSecondScan(progressive);
        assertTrue(ProgressiveJpeg.toBaseline(tableLate, PixelLimit.of(1L << 30)).isEmpty(),
                "the rewrite refuses quantization tables after the first scan");
        assertTrue(DECODER.startDecoding(tableLate).isEmpty(),
                "its rows would be handed out once per scan, unfinished");
        assertEquals(64, DECODER.decode(tableLate).image().width());
    }

    /** {@code jpeg} with its first DQT segment repeated just before its second scan. */
    private static byte[] withTablesAgainBeforeTheSecondScan(byte[] jpeg) {
        JpegSegments.Segment tables = JpegSegments.at(jpeg, 2);
        while (tables.marker() != 0xDB) {
            tables = JpegSegments.at(jpeg, tables.end());
        }
        int scans = 0;
        int second = -1;
        for (int i = 0; i + 1 < jpeg.length && second < 0; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA && ++scans == 2) {
                second = i;
            }
        }
        byte[] segment = Arrays.copyOfRange(jpeg, tables.start() - 4, tables.end());
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, second);
        System.arraycopy(segment, 0, out, second, segment.length);
        System.arraycopy(jpeg, second, out, second + segment.length, jpeg.length - second);
        return out;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
