package org.distgray.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Any format the JDK writes, with the image's own colour model kept as it is. (TestImages writes
 * PNG and RGB JPEG; the tests here also need one-channel JPEG, GIF, BMP and TIFF bytes.)
 */
final class ImageBytes {
    private ImageBytes() {
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer for " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
