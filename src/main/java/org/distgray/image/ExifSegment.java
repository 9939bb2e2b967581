package org.distgray.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * A JPEG's EXIF block (the TIFF structure inside its APP1 "Exif" segment), kept as bytes so it
 * can travel to the output unchanged but for its orientation, which the output no longer needs.
 * Damaged EXIF is treated as absent: it is a description of the picture, not the picture.
 */
final class ExifSegment {
    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_ID = {'E', 'x', 'i', 'f', 0, 0};

    private final byte[] tiff;
    private final boolean bigEndian;
    /** Offset in {@link #tiff} of the orientation value, or -1 when there is none. */
    private final int orientationAt;

    private ExifSegment(byte[] tiff, boolean bigEndian, int orientationAt) {
        this.tiff = tiff;
        this.bigEndian = bigEndian;
        this.orientationAt = orientationAt;
    }

    /** The EXIF block of a JPEG, if it has a readable one before its image data. */
    static Optional<ExifSegment> find(byte[] jpeg) {
        int[] payload = JpegSegments.find(jpeg, 0xE1, EXIF_ID);
        return payload == null || payload[1] - payload[0] < 8 ? Optional.empty()
                : parse(Arrays.copyOfRange(jpeg, payload[0], payload[1]));
    }

    private static Optional<ExifSegment> parse(byte[] tiff) {
        boolean bigEndian = tiff[0] == 'M' && tiff[1] == 'M';
        if (!bigEndian && !(tiff[0] == 'I' && tiff[1] == 'I')) {
            return Optional.empty();
        }
        long ifd = u16(tiff, bigEndian ? 4 : 6, bigEndian) * 65536L
                + u16(tiff, bigEndian ? 6 : 4, bigEndian);
        if (ifd + 2 > tiff.length) {
            return Optional.empty();
        }
        int entries = u16(tiff, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > tiff.length) {
                break;
            }
            if (u16(tiff, entry, bigEndian) == ORIENTATION_TAG) {
                return Optional.of(new ExifSegment(tiff, bigEndian, entry + 8));
            }
        }
        return Optional.of(new ExifSegment(tiff, bigEndian, -1));
    }

    /** The orientation the EXIF states; normal when it states none. */
    Orientation orientation() {
        return orientationAt < 0 ? Orientation.NORMAL
                : Orientation.of(u16(tiff, orientationAt, bigEndian));
    }

    /** The APP1 segment to write in an upright output: the same EXIF, orientation 1 (normal). */
    byte[] uprightApp1() {
        byte[] copy = tiff.clone();
        if (orientationAt >= 0) {
            copy[orientationAt] = (byte) (bigEndian ? 0 : 1);
            copy[orientationAt + 1] = (byte) (bigEndian ? 1 : 0);
        }
        int length = 2 + EXIF_ID.length + copy.length;
        byte[] app1 = new byte[2 + length];
        app1[0] = (byte) 0xFF;
        app1[1] = (byte) 0xE1;
        app1[2] = (byte) (length >> 8);
        app1[3] = (byte) length;
        System.arraycopy(EXIF_ID, 0, app1, 4, EXIF_ID.length);
        System.arraycopy(copy, 0, app1, 4 + EXIF_ID.length, copy.length);
        return app1;
    }

    /** Whether the block fits in one APP1 segment (64 KiB); a larger one cannot be written. */
    boolean fitsOneSegment() {
        return 2 + EXIF_ID.length + tiff.length <= 0xFFFF;
    }

    static int u16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }
}
