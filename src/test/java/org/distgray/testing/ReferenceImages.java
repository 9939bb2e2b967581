package org.distgray.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.distgray.image.BadImageException;
import org.distgray.image.DecodedImage;
import org.distgray.image.ImageDecoder;
import org.distgray.image.ImageEncoder;
import org.distgray.image.ImageFormat;
import org.distgray.image.ImageMetadata;
import org.distgray.image.PixelLimit;

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
        DecodedImage decoded = new ImageDecoder(PixelLimit.defaultLimit()).decode(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEncoder.of(format, quality).encode(
                decoded.orientation().apply(decoded.image().toGray()), out);
        return ImageMetadata.read(bytes, decoded.format()).writeInto(out.toByteArray(), format);
    }

    /**
     * Asserts that {@code output} holds exactly the reference conversion of {@code input}, in the
     * format its extension names.
     */
    public static void assertConverted(Path input, Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        ImageFormat format = name.endsWith(".png") ? ImageFormat.PNG : ImageFormat.JPEG;
        try {
            assertArrayEquals(converted(input, format, 90), Files.readAllBytes(output),
                    output.toString());
        } catch (IOException | BadImageException e) {
            throw new AssertionError(input + ": " + e.getMessage(), e);
        }
    }
}
