package org.distgray.image;

/**
 * A decoded picture together with the format its bytes were in and how it must be turned to be
 * upright (EXIF orientation; always normal for PNG).
 */
public record DecodedImage(ImageFormat format, ColorImage image, Orientation orientation) {
    public DecodedImage {
        if (format == null || image == null || orientation == null) {
            throw new IllegalArgumentException("format, image and orientation are required");
        }
    }
}
