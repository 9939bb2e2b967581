package org.distgray.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
