package org.distgray.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.distgray.image.BadImageException;
import org.distgray.image.ImageDecoder;
import org.distgray.image.ImageEncoder;
import org.distgray.image.ImageFormat;
import org.distgray.image.PixelLimit;

/**
 * The bytes a conversion must produce, made on one thread with no Spark: the same decoder,
 * kernel and encoder, so a distributed run's output must equal them bit for bit.
 */
public final class ReferenceImages {
    private ReferenceImages() {
    }

    public static byte[] converted(Path input, ImageFormat format, int quality)
            throws IOException, BadImageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageEncoder.of(format, quality).encode(new ImageDecoder(PixelLimit.defaultLimit())
                .decode(Files.readAllBytes(input)).image().toGray(), out);
        return out.toByteArray();
    }
}
