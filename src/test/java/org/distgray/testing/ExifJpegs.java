package org.distgray.testing;

import java.io.ByteArrayOutputStream;

/** JPEG bytes with an EXIF segment, for the orientation tests. */
public final class ExifJpegs {
    private ExifJpegs() {
    }

    /**
     * Inserts after SOI an APP1 EXIF segment whose IFD0 holds one entry: orientation, type SHORT,
     * count 1 (a 32-bit count written as two 16-bit halves), the value, padding, and no next IFD.
     */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        int[] header = bigEndian ? new int[] {'M', 'M', 0, 42, 0, 0, 0, 8}
                : new int[] {'I', 'I', 42, 0, 8, 0, 0, 0};
        for (int b : header) {
            tiff.write(b);
        }
        short16(tiff, 1, bigEndian);
        short16(tiff, 0x0112, bigEndian);
        short16(tiff, 3, bigEndian);
        short16(tiff, bigEndian ? 0 : 1, bigEndian);
        short16(tiff, bigEndian ? 1 : 0, bigEndian);
        short16(tiff, orientation, bigEndian);
        short16(tiff, 0, bigEndian);
        short16(tiff, 0, bigEndian);
        short16(tiff, 0, bigEndian);
        int length = 2 + 6 + tiff.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length,
            'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff.toByteArray());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A 16-bit value; the orientation entry keeps its value in the first two value bytes. */
    private static void short16(ByteArrayOutputStream out, int value, boolean bigEndian) {
        if (bigEndian) {
            out.write(value >> 8);
            out.write(value);
        } else {
            out.write(value);
            out.write(value >> 8);
        }
    }
}
