package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.zip.Deflater;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The streaming PNG reader against the JDK's PNG decoder as the oracle: every filter type, 8 and
 * 16 bits, with and without alpha, image data cut into IDAT chunks of odd sizes (an empty one
 * too); the pixel formats it must leave to the whole-image decoder; and damaged files, each
 * refused with the reason.
 */
class PngRowReaderTest {
    private static final int WIDTH = 37;
    private static final int HEIGHT = 29;

    @ParameterizedTest(name = "{0}-bit, {1} samples")
    @CsvSource({"8, 3", "8, 4", "16, 3", "16, 4"})
    void readsEveryFilterLikeTheJdkDecoder(int bitDepth, int samples) throws Exception {
        byte[] raw = randomRows(bitDepth, samples, 7);
        byte[] png = filteredPng(bitDepth, samples, raw, 997);
        PngRowReader reader = PngRowReader.open(new ByteArrayInputStream(png), PixelLimit.of(
                1_000_000)).orElseThrow();
        byte[] rows = new byte[raw.length];
        int rowBytes = reader.rowBytes();
        reader.readRows(rows, 0, 10);
        reader.readRows(rows, 10 * rowBytes, HEIGHT - 10);
        reader.finish();

        Raster expected = TestImages.read(png).getRaster();
        PixelLayout layout = reader.layout();
        int[] offsets = {layout.red(), layout.green(), layout.blue(), layout.alpha()};
        int sampleBytes = bitDepth / 8;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                for (int band = 0; band < samples; band++) {
                    int at = y * rowBytes + x * layout.stride() + offsets[band];
                    int actual = sampleBytes == 1 ? rows[at] & 0xFF
                            : (rows[at] & 0xFF) << 8 | rows[at + 1] & 0xFF;
                    assertEquals(expected.getSample(x, y, band), actual,
                            "sample " + band + " of pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void keepsTheChunksBeforeTheImageData() throws Exception {
        byte[] png = filteredPng(8, 3, randomRows(8, 3, 3), 4096);
        PngRowReader reader = PngRowReader.open(new ByteArrayInputStream(png), PixelLimit.of(
                1_000_000)).orElseThrow();
        byte[] head = reader.head();
        assertEquals(8 + 25 + 21, head.length, "signature, IHDR and pHYs");
        assertTrue(Arrays.equals(head, Arrays.copyOf(png, head.length)));
        assertEquals(1, ImageMetadata.read(head, ImageFormat.PNG).pngChunks().size());
    }

    @Test
    void leavesOtherPixelFormatsToTheWholeImageDecoder() throws Exception {
        BufferedImage rgb = TestImages.random(16, 8, false, 5);
        assertDeclined(TestImages.png(rgb, true), "interlaced");
        assertDeclined(TestImages.png(rgb, false, rgb.getRaster().getPixel(1, 1, (int[]) null)),
                "tRNS");
        assertDeclined(TestImages.png(TestImages.gray(16, 8)), "gray");
        assertDeclined(TestImages.png(TestImages.palette(16, 8, 8, false, 1)), "palette");
        assertDeclined(TestImages.jpeg(rgb), "JPEG");
        assertDeclined(new byte[0], "empty");
        assertDeclined(TestImages.withBrokenCrc(TestImages.png(rgb)), "damaged head");
    }

    @Test
    void refusesADeclaredSizeAboveTheLimit() {
        byte[] png = filteredPng(8, 3, randomRows(8, 3, 1), 4096);
        BadImageException e = assertThrows(BadImageException.class, () -> PngRowReader.open(
                new ByteArrayInputStream(png), PixelLimit.of(WIDTH * HEIGHT - 1)));
        assertTrue(e.getMessage().contains("--max-pixels"), e.getMessage());
    }

    @Test
    void refusesAFileCutInItsImageData() {
        byte[] png = filteredPng(8, 3, randomRows(8, 3, 2), 500);
        assertRefused(Arrays.copyOf(png, png.length / 2), "truncated PNG: file ends at byte");
    }

    @Test
    void refusesAFileWithoutItsEnd() {
        byte[] png = filteredPng(8, 3, randomRows(8, 3, 2), 500);
        assertRefused(Arrays.copyOf(png, png.length - 12), "truncated PNG: file ends at byte");
    }

    @Test
    void refusesImageDataWhoseCrcIsWrong() {
        byte[] png = filteredPng(8, 3, randomRows(8, 3, 2), 500);
        png[8 + 25 + 21 + 8 + 500] ^= 0x01;
        assertRefused(png, "CRC mismatch in chunk IDAT");
    }

    @Test
    void refusesImageDataThatEndsBeforeTheLastRow() {
        byte[] raw = randomRows(8, 3, 2);
        byte[] png = filteredPng(8, 3, Arrays.copyOf(raw, raw.length / 2), 500, HEIGHT);
        assertRefused(png, "corrupt PNG: image data ends at row");
    }

    @Test
    void refusesAnUnknownFilterType() {
        byte[] raw = randomRows(8, 3, 2);
        byte[] png = filteredPng(8, 3, raw, 500, HEIGHT, 9);
        assertRefused(png, "unknown filter type 9");
    }

    private static void assertDeclined(byte[] file, String what) throws Exception {
        Optional<PngRowReader> reader = PngRowReader.open(new ByteArrayInputStream(file),
                PixelLimit.of(1_000_000));
        assertTrue(reader.isEmpty(), what + " must go to the whole-image decoder");
    }

    private static void assertRefused(byte[] png, String reason) {
        BadImageException e = assertThrows(BadImageException.class, () -> {
            PngRowReader reader = PngRowReader.open(new ByteArrayInputStream(png),
                    PixelLimit.of(1_000_000)).orElseThrow();
            byte[] rows = new byte[HEIGHT * reader.rowBytes()];
            reader.readRows(rows, 0, HEIGHT);
            reader.finish();
        });
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static byte[] randomRows(int bitDepth, int samples, long seed) {
        byte[] raw = new byte[HEIGHT * WIDTH * samples * bitDepth / 8];
        Random random = new Random(seed);
        for (int i = 0; i < raw.length; i++) {
            // Smooth runs with noise, so that every filter has something to predict.
            raw[i] = (byte) (i / 7 + random.nextInt(5));
        }
        return raw;
    }

    private static byte[] filteredPng(int bitDepth, int samples, byte[] raw, int idatBytes) {
        return filteredPng(bitDepth, samples, raw, idatBytes, HEIGHT);
    }

    private static byte[] filteredPng(int bitDepth, int samples, byte[] raw, int idatBytes,
            int height) {
        return filteredPng(bitDepth, samples, raw, idatBytes, height, -1);
    }

    /**
     * A PNG whose row {@code y} uses filter {@code y % 5} (or {@code badFilter} on row 3, when
     * not -1), with a pHYs chunk, its image data in IDAT chunks of {@code idatBytes} and an empty
     * IDAT after the first.
     */
    private static byte[] filteredPng(int bitDepth, int samples, byte[] raw, int idatBytes,
            int height, int badFilter) {
        int pixelBytes = samples * bitDepth / 8;
        int rowBytes = WIDTH * pixelBytes;
        int rows = raw.length / rowBytes;
        ByteArrayOutputStream filtered = new ByteArrayOutputStream();
        byte[] prior = new byte[rowBytes];
        for (int y = 0; y < rows; y++) {
            byte[] row = Arrays.copyOfRange(raw, y * rowBytes, (y + 1) * rowBytes);
            int type = y % 5;
            filtered.write(badFilter >= 0 && y == 3 ? badFilter : type);
            for (int i = 0; i < rowBytes; i++) {
                int a = i >= pixelBytes ? row[i - pixelBytes] & 0xFF : 0;
                int b = prior[i] & 0xFF;
                int c = i >= pixelBytes ? prior[i - pixelBytes] & 0xFF : 0;
                int predicted = switch (type) {
                    case 1 -> a;
                    case 2 -> b;
                    case 3 -> (a + b) / 2;
                    case 4 -> TestImages.paeth(a, b, c);
                    default -> 0;
                };
                filtered.write((row[i] - predicted) & 0xFF);
            }
            prior = row;
        }
        Deflater deflater = new Deflater(6);
        deflater.setInput(filtered.toByteArray());
        deflater.finish();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            data.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] header = new byte[13];
        TestImages.putInt(header, 0, WIDTH);
        TestImages.putInt(header, 4, height);
        header[8] = (byte) bitDepth;
        header[9] = (byte) (samples == 4 ? 6 : 2);
        TestImages.chunk(png, "IHDR", header);
        byte[] density = new byte[9];
        TestImages.putInt(density, 0, 2835);
        TestImages.putInt(density, 4, 2835);
        density[8] = 1;
        TestImages.chunk(png, "pHYs", density);
        byte[] compressed = data.toByteArray();
        for (int at = 0; at < compressed.length; at += idatBytes) {
            TestImages.chunk(png, "IDAT", Arrays.copyOfRange(compressed, at,
                    Math.min(compressed.length, at + idatBytes)));
            if (at == 0) {
                TestImages.chunk(png, "IDAT", new byte[0]);
            }
        }
        TestImages.chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }
}
