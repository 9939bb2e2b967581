package org.distgray.image;

import java.util.Arrays;

/** Finds a JPEG's marker segments (APP0 JFIF, APP1 Exif, ...) among those before the image data. */
final class JpegSegments {
    private JpegSegments() {
    }

    /**
     * The bounds {@code [start, end)} of the payload of the first segment with {@code marker}
     * whose payload begins with {@code id}, the payload starting after the id; null if none.
     */
    static int[] find(byte[] jpeg, int marker, byte[] id) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int current = jpeg[pos + 1] & 0xFF;
            if (current == 0xDA || current == 0xD9) {
                return null;
            }
            int end = pos + 2 + ExifSegment.u16(jpeg, pos + 2, true);
            int start = pos + 4 + id.length;
            if (current == marker && start <= end && end <= jpeg.length
                    && Arrays.equals(jpeg, pos + 4, start, id, 0, id.length)) {
                return new int[] {start, end};
            }
            pos = end;
        }
        return null;
    }
}
