package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.distgray.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bands cut from a picture as it is read are the bands of the picture decoded whole: the same
 * rows and the same row above, so each encodes to the same part of the PNG stream.
 */
class BandReaderTest {
    private static final int WIDTH = 123;
    private static final int HEIGHT = 77;

    @ParameterizedTest(name = "{0} bands")
    @ValueSource(ints = {1, 2, 7, 77})
    void streamedBandsEncodeLikeTheBandsOfTheWholePicture(int bands) throws Exception {
        byte[] png = TestImages.png(TestImages.random(WIDTH, HEIGHT, true, bands));
        ColorImage whole = new ImageDecoder(PixelLimit.of(1_000_000)).decode(png).image();
        BandPlan plan = BandPlan.of(HEIGHT, bands);
        BandReader reader = new BandReader(PngRowReader.open(new ByteArrayInputStream(png),
                PixelLimit.of(1_000_000)).orElseThrow(), plan);
        for (int i = 0; i < plan.bands(); i++) {
            Band streamed = reader.next();
            Band expected = whole.band(i, plan.firstRow(i), plan.rows(i));
            assertEquals(expected.firstRow(), streamed.firstRow());
            boolean last = i == plan.bands() - 1;
            PngSegment a = expected.toPng(GrayMethod.BT709, last);
            PngSegment b = streamed.toPng(GrayMethod.BT709, last);
            assertArrayEquals(a.compressed(), b.compressed(), "band " + i);
            assertEquals(a.adler32(), b.adler32(), "band " + i);
        }
        assertFalse(reader.hasNext());
    }

    @ParameterizedTest(name = "rows of {0} bytes")
    @ValueSource(longs = {1, 3 * 40_000, 16L << 20, (16L << 20) + 1})
    void streamedPlansKeepEveryBandWithinTheLimit(long rowBytes) {
        BandPlan plan = BandReader.plan(25_000, rowBytes, 4);
        assertTrue(plan.bands() >= 4);
        long largest = plan.rows(0) * rowBytes;
        assertTrue(largest <= Math.max(rowBytes, BandReader.MAX_BAND_BYTES),
                largest + " bytes in a band");
    }
}
