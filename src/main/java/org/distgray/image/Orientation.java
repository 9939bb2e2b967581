package org.distgray.image;

/**
 * The EXIF orientation of a JPEG (tag 0x0112): how the stored pixels must be turned to look as
 * the camera saw them. Viewers apply it; distgray applies it to the gray output and resets the
 * tag where it keeps the EXIF, so the result looks the same everywhere, EXIF-aware or not.
 */
public enum Orientation {
    NORMAL, MIRROR_HORIZONTAL, ROTATE_180, MIRROR_VERTICAL, TRANSPOSE, ROTATE_90_CW, TRANSVERSE,
    ROTATE_270_CW;

    /** The orientation of EXIF value {@code value} (1..8); anything else counts as normal. */
    public static Orientation of(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** Whether the upright picture is the stored one with width and height swapped. */
    public boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /** The orientation a JPEG's EXIF states; normal without readable EXIF. */
    public static Orientation ofJpeg(byte[] jpeg) {
        return ExifSegment.find(jpeg).map(ExifSegment::orientation).orElse(NORMAL);
    }

    /** The upright picture: {@code image} turned as this orientation says, at its bit depth. */
    public GrayImage apply(GrayImage image) {
        if (this == NORMAL) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        int stride = image.bytesPerPixel();
        int outWidth = swapsSides() ? h : w;
        int outHeight = swapsSides() ? w : h;
        byte[] src = image.samples();
        byte[] dst = new byte[src.length];
        for (int v = 0; v < outHeight; v++) {
            for (int u = 0; u < outWidth; u++) {
                int x;
                int y;
                switch (this) {
                    case MIRROR_HORIZONTAL -> { x = w - 1 - u; y = v; }
                    case ROTATE_180 -> { x = w - 1 - u; y = h - 1 - v; }
                    case MIRROR_VERTICAL -> { x = u; y = h - 1 - v; }
                    case TRANSPOSE -> { x = v; y = u; }
                    case ROTATE_90_CW -> { x = v; y = h - 1 - u; }
                    case TRANSVERSE -> { x = w - 1 - v; y = h - 1 - u; }
                    default -> { x = w - 1 - v; y = u; }
                }
                int from = (y * w + x) * stride;
                int to = (v * outWidth + u) * stride;
                for (int k = 0; k < stride; k++) {
                    dst[to + k] = src[from + k];
                }
            }
        }
        return new GrayImage(outWidth, outHeight, image.hasAlpha(), image.bitDepth(), dst);
    }
}
