package org.distgray.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.distgray.image.BadImageException;
import org.distgray.image.DecodedImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.ImageEncoder;
import org.distgray.image.ImageFormat;
import org.distgray.image.ImageMetadata;

/**
 * The bytes a conversion must produce, made on one thread with no Spark: the same decoder,
 * orientation, kernel, encoder and metadata, so a distributed run's output must equal them bit
 * for bit.
 */
public final class ReferenceImages {
    private ReferenceImages() {
    }

    public static byte[] converted(Path input, ImageFormat format, int quality)
            throws IOException, BadImageException {
        byte[] bytes = Files.readAllBytes(input);
        DecodedImage decoded = TestImages.decoder().decode(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEncoder.of(format, quality).encode(
                decoded.orientation().apply(decoded.image().toGray(GrayMethod.BT601)), out);
        return ImageMetadata.read(bytes, decoded.format()).writeInto(out.toByteArray(), format);
    }

    /**
     * Asserts that {@code output} holds exactly the reference conversion of {@code input}, in the
     * format its extension names.
     */
    public static void assertConverted(Path input, Path output) {
        try {
            assertSameOutput(converted(input, formatOf(output), 90), output);
        } catch (IOException | BadImageException e) {
            throw new AssertionError(input + ": " + e.getMessage(), e);
        }
    }

    /**
     * Asserts that {@code output} holds what {@code expected} does: the same bytes for a JPEG; for
     * a PNG, whose deflate stream depends on how many bands encoded it, the same size, bit depth
     * and every sample.
     */
    public static void assertSameOutput(byte[] expected, Path output) {
        try {
            byte[] actual = Files.readAllBytes(output);
            if (formatOf(output) == ImageFormat.PNG) {
                assertSameSamples(TestImages.read(expected).getRaster(),
                        TestImages.read(actual).getRaster(), output.toString());
                return;
            }
            assertArrayEquals(expected, actual, output.toString());
        } catch (IOException e) {
            throw new AssertionError(output + ": " + e.getMessage(), e);
        }
    }

    private static ImageFormat formatOf(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") ? ImageFormat.PNG : ImageFormat.JPEG;
    }

    private static void assertSameSamples(Raster expected, Raster actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what + ": width");
        assertEquals(expected.getHeight(), actual.getHeight(), what + ": height");
        assertEquals(expected.getNumBands(), actual.getNumBands(), what + ": samples per pixel");
        assertEquals(expected.getSampleModel().getSampleSize(0),
                actual.getSampleModel().getSampleSize(0), what + ": bit depth");
        int width = expected.getWidth();
        for (int y = 0; y < expected.getHeight(); y++) {
            assertArrayEquals(expected.getPixels(0, y, width, 1, (int[]) null),
                    actual.getPixels(0, y, width, 1, (int[]) null), what + ": row " + y);
        }
    }
}
