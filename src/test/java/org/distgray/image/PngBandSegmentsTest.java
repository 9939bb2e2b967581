package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bands deflated apart make one valid stream: their concatenation inflates to the same filtered
 * rows as the picture deflated whole, those rows unfilter to the samples, each segment's
 * checksum and length describe its own rows, and the file decodes to the samples.
 */
class PngBandSegmentsTest {
    static List<Arguments> splits() {
        List<Arguments> splits = new ArrayList<>();
        GrayImage[] pictures = {
            GrayPictures.random(37, 29, false, 8, 1),
            GrayPictures.structured(640, 480, false, 8),
            GrayPictures.random(21, 14, true, 16, 2),
            GrayPictures.structured(301, 77, true, 8)};
        for (GrayImage picture : pictures) {
            String name = picture.width() + "x" + picture.height() + " " + picture.bitDepth()
                    + "-bit" + (picture.hasAlpha() ? " + alpha" : "");
            for (int bands : new int[] {1, 2, 3, 7}) {
                splits.add(Arguments.of(name + ", " + bands + " bands", picture,
                        GrayPictures.evenBands(picture.height(), bands)));
            }
            int[] oneRowEach = new int[picture.height()];
            Arrays.fill(oneRowEach, 1);
            splits.add(Arguments.of(name + ", one row per band", picture, oneRowEach));
        }
        return splits;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splits")
    void bandsMakeTheSamePicture(String name, GrayImage picture, int[] bandRows)
            throws DataFormatException {
        List<PngSegment> bands = GrayPictures.segments(picture, bandRows);
        List<PngSegment> whole = GrayPictures.segments(picture, picture.height());

        byte[] filtered = inflate(bands);
        assertArrayEquals(inflate(whole), filtered, "filtered rows differ from one segment's");
        assertArrayEquals(picture.samples(), unfilter(filtered, picture), "unfiltered samples");
        int at = 0;
        for (PngSegment band : bands) {
            Adler32 own = new Adler32();
            own.update(filtered, at, (int) band.filteredLength());
            assertEquals(own.getValue(), band.adler32(), "Adler-32 of segment " + band.index());
            at += (int) band.filteredLength();
        }
        assertEquals(filtered.length, at, "segment lengths add up to the stream");

        byte[] file = GrayPictures.png(picture, bands, List.of());
        PixelAssertions.assertDecodesTo(picture, TestImages.read(file));
    }

    /** The segments' deflate stream, inflated; it must end exactly at the last byte. */
    private static byte[] inflate(List<PngSegment> segments) throws DataFormatException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (PngSegment segment : segments) {
            stream.write(segment.compressed(), 0, segment.compressedLength());
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(stream.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            assertTrue(n > 0 || !inflater.needsInput(), "stream ends before its final block");
            out.write(buffer, 0, n);
        }
        assertEquals(0, inflater.getRemaining(), "bytes after the final block");
        inflater.end();
        return out.toByteArray();
    }

    /** Undoes the PNG filters of {@code filtered} (any of the five), row by row. */
    private static byte[] unfilter(byte[] filtered, GrayImage picture) {
        int pixel = picture.bytesPerPixel();
        int rowBytes = picture.width() * pixel;
        assertEquals((long) picture.height() * (rowBytes + 1), filtered.length, "filtered size");
        byte[] samples = new byte[picture.height() * rowBytes];
        for (int y = 0; y < picture.height(); y++) {
            int type = filtered[y * (rowBytes + 1)];
            for (int i = 0; i < rowBytes; i++) {
                int a = i >= pixel ? samples[y * rowBytes + i - pixel] & 0xFF : 0;
                int b = y > 0 ? samples[(y - 1) * rowBytes + i] & 0xFF : 0;
                int c = i >= pixel && y > 0 ? samples[(y - 1) * rowBytes + i - pixel] & 0xFF : 0;
                int predictor = switch (type) {
                    case 0 -> 0;
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) / 2;
                    case 4 -> TestImages.paeth(a, b, c);
                    default -> throw new AssertionError("filter type " + type + " in row " + y);
                };
                samples[y * rowBytes + i] =
                        (byte) (filtered[y * (rowBytes + 1) + 1 + i] + predictor);
            }
        }
        return samples;
    }
}
