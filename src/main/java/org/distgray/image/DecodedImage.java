package org.distgray.image;

/**
 * A decoded picture together with the format its bytes were in and how it must be turned to be
 * upright (EXIF orientation; always normal for PNG).
 */
public final class DecodedImage {
    private final ImageFormat format;
    private final ColorImage image;
    private final Orientation orientation;

    public DecodedImage(ImageFormat format, ColorImage image, Orientation orientation) {
        if (format == null || image == null || orientation == null) {
            throw new IllegalArgumentException("format, image and orientation are required");
        }
        this.format = format;
        this.image = image;
        this.orientation = orientation;
    }

    public Orientation orientation() {
        return orientation;
    }

    public ImageFormat format() {
        return format;
    }

    public ColorImage image() {
        return image;
    }
}
