package org.distgray.image;

import java.util.Arrays;

/**
 * Walks a JPEG's marker segments (APP0 JFIF, APP1 Exif, DQT, SOF, ...): the one place that knows
 * how a marker and its length are laid out, for the classes that read headers.
 */
final class JpegSegments {
    private JpegSegments() {
    }

    /** One marker segment: its marker and the bounds {@code [start, end)} of its payload. */
    record Segment(int marker, int start, int end) {
    }

    /**
     * The segment whose marker is at {@code pos} (fill bytes skipped), or null if there is none:
     * no marker there, EOI, or a length that runs past the file. A marker without a payload
     * (SOI, RSTn) is returned with an empty payload.
     */
    static Segment at(byte[] jpeg, int pos) {
        while (pos + 1 < jpeg.length && (jpeg[pos] & 0xFF) == 0xFF
                && (jpeg[pos + 1] & 0xFF) == 0xFF) {
            pos++;
        }
        if (pos + 1 >= jpeg.length || (jpeg[pos] & 0xFF) != 0xFF) {
            return null;
        }
        int marker = jpeg[pos + 1] & 0xFF;
        if (marker == 0xD9) {
            return null;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
            return new Segment(marker, pos + 2, pos + 2);
        }
        if (pos + 4 > jpeg.length) {
            return null;
        }
        int length = ExifSegment.u16(jpeg, pos + 2, true);
        int end = pos + 2 + length;
        return length < 2 || end > jpeg.length ? null : new Segment(marker, pos + 4, end);
    }

    /** Start-of-frame markers: C0 to CF but for DHT (C4), JPG (C8) and DAC (CC). */
    static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
                && marker != 0xCC;
    }

    /**
     * The bounds {@code [start, end)} of the payload of the first segment with {@code marker}
     * whose payload begins with {@code id}, the payload starting after the id; null if none.
     */
    static int[] find(byte[] jpeg, int marker, byte[] id) {
        for (Segment s = at(jpeg, 2); s != null && s.marker() != 0xDA; s = at(jpeg, s.end())) {
            int start = s.start() + id.length;
            if (s.marker() == marker && start <= s.end()
                    && Arrays.equals(jpeg, s.start(), start, id, 0, id.length)) {
                return new int[] {start, s.end()};
            }
        }
        return null;
    }
}
