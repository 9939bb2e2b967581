package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.distgray.testing.JpegKinds;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A progressive JPEG rewritten as baseline decodes, in libjpeg, to exactly the samples of the
 * original, for every chroma sampling, with and without restart markers, and for the progressive
 * samples of data/; a file that is cut, misses scans or is not progressive is left alone.
 */
class ProgressiveJpegTest {
    private static final PixelLimit LIMIT = PixelLimit.of(1L << 32);

    @ParameterizedTest
    @ValueSource(strings = {"1x1", "2x1", "2x2", "1x2"})
    void samplesAreThoseOfTheOriginal(String sampling) throws Exception {
        int h = sampling.charAt(0) - '0';
        int v = sampling.charAt(2) - '0';
        for (BufferedImage picture : new BufferedImage[] {TestImages.random(203, 117, false, 4),
            TestImages.structured(333, 150)}) {
            for (int restart : new int[] {0, 1, 7}) {
                byte[] progressive = JpegKinds.write(picture, true, h, v, restart);
                assertEquals("progressive " + sampling + " 1x1 1x1",
                        JpegKinds.describe(progressive));
                assertEquals(restart > 0, hasMarker(progressive, 0xDD), "restart interval");
                assertSameSamples(progressive, sampling + " restart " + restart);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/flow_5k.jpg", "data/summer_1am_2560.jpg"})
    void dataSamplesGiveTheSameSamples(String file) throws Exception {
        assertSameSamples(Files.readAllBytes(Path.of(file)), file);
    }

    @Test
    void baselineAndDamagedFilesAreLeftAlone() throws Exception {
        BufferedImage picture = TestImages.random(64, 48, false, 8);
        assertTrue(ProgressiveJpeg.toBaseline(JpegKinds.write(picture, false, 2, 2), LIMIT)
                .isEmpty(), "baseline");
        byte[] progressive = JpegKinds.write(picture, true, 2, 2);
        byte[] cut = Arrays.copyOf(progressive, progressive.length * 2 / 3);
        assertTrue(ProgressiveJpeg.toBaseline(cut, LIMIT).isEmpty(), "cut short");
        byte[] firstScanOnly = withoutLaterScans(progressive);
        assertTrue(ProgressiveJpeg.toBaseline(firstScanOnly, LIMIT).isEmpty(), "scans missing");
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeDecoding() {
        byte[] progressive = JpegKinds.write(TestImages.random(64, 48, false, 8), true, 2, 2);
        BadImageException e = assertThrows(
                BadImageException.class,
                () -> ProgressiveJpeg.toBaseline(progressive, PixelLimit.of(1000)));
        assertTrue(e.getMessage().contains("64x48"), e.getMessage());
    }

    private static void assertSameSamples(byte[] progressive, String what) throws Exception {
        Optional<byte[]> baseline = ProgressiveJpeg.toBaseline(progressive, LIMIT);
        assertTrue(baseline.isPresent(), what + ": not rewritten");
        assertFalse(ProgressiveJpeg.isProgressive(baseline.get()), what);
        assertArrayEquals(ycc(progressive), ycc(baseline.get()), what);
    }

    private static boolean hasMarker(byte[] jpeg, int marker) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return true;
            }
        }
        return false;
    }

    /** The file with its scans after the first dropped, ending at EOI. */
    private static byte[] withoutLaterScans(byte[] jpeg) {
        int first = -1;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                if (first >= 0) {
                    byte[] cut = Arrays.copyOf(jpeg, i + 2);
                    cut[i + 1] = (byte) 0xD9;
                    return cut;
                }
                first = i;
            }
        }
        throw new AssertionError("fewer than two scans");
    }

    /** The JDK decoder's YCbCr samples, as band mode reads them. */
    private static byte[] ycc(byte[] jpeg) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (!reader.getClass().getName().equals(
                    "com.sun.imageio.plugins.jpeg.JPEGImageReader")) {
                continue;
            }
            try {
                reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg)));
                return ((DataBufferByte) reader.readRaster(0, null).getDataBuffer()).getData();
            } finally {
                reader.dispose();
            }
        }
        throw new AssertionError("no JDK JPEG reader");
    }
}
