package org.distgray.image;

/**
 * The EXIF orientation of a JPEG (tag 0x0112): how the stored pixels must be turned to look as
 * the camera saw them. Viewers apply it; distgray applies it to the gray output, which carries
 * no EXIF, so the result looks the same everywhere.
 */
public enum Orientation {
    NORMAL, MIRROR_HORIZONTAL, ROTATE_180, MIRROR_VERTICAL, TRANSPOSE, ROTATE_90_CW, TRANSVERSE,
    ROTATE_270_CW;

    private static final int TAG = 0x0112;

    /** The orientation of EXIF value {@code value} (1..8); anything else counts as normal. */
    public static Orientation of(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    /** Whether the upright picture is the stored one with width and height swapped. */
    public boolean swapsSides() {
        return ordinal() >= TRANSPOSE.ordinal();
    }

    /**
     * Reads the orientation from a JPEG's EXIF segment (APP1, "Exif\0\0", a TIFF header and
     * IFD0). Damaged or missing EXIF means normal: orientation is a hint, not image data.
     */
    public static Orientation ofJpeg(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = u16(jpeg, pos + 2, true);
            if (marker == 0xE1 && length >= 8 && pos + 2 + length <= jpeg.length
                    && startsWithExif(jpeg, pos + 4)) {
                return fromTiff(jpeg, pos + 10, pos + 2 + length);
            }
            pos += 2 + length;
        }
        return NORMAL;
    }

    private static boolean startsWithExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f'
                && b[at + 4] == 0 && b[at + 5] == 0;
    }

    private static Orientation fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL;
        }
        boolean bigEndian = b[tiff] == 'M' && b[tiff + 1] == 'M';
        if (!bigEndian && !(b[tiff] == 'I' && b[tiff + 1] == 'I')) {
            return NORMAL;
        }
        long ifd = tiff + u32(b, tiff + 4, bigEndian);
        if (ifd + 2 > end) {
            return NORMAL;
        }
        int entries = u16(b, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(b, entry, bigEndian) == TAG) {
                return of(u16(b, entry + 8, bigEndian));
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long high = u16(b, bigEndian ? at : at + 2, bigEndian);
        long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }

    /** The upright picture: {@code image} turned as this orientation says. */
    public GrayImage apply(GrayImage image) {
        if (this == NORMAL) {
            return image;
        }
        int w = image.width();
        int h = image.height();
        int stride = image.hasAlpha() ? 2 : 1;
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
                dst[to] = src[from];
                if (stride == 2) {
                    dst[to + 1] = src[from + 1];
                }
            }
        }
        return new GrayImage(outWidth, outHeight, image.hasAlpha(), dst);
    }
}
