package org.distgray.image;

/** A decoded picture together with the format its bytes were in. */
public final class DecodedImage {
    private final ImageFormat format;
    private final ColorImage image;

    public DecodedImage(ImageFormat format, ColorImage image) {
        if (format == null || image == null) {
            throw new IllegalArgumentException("format and image are required");
        }
        this.format = format;
        this.image = image;
    }

    public ImageFormat format() {
        return format;
    }

    public ColorImage image() {
        return image;
    }
}
