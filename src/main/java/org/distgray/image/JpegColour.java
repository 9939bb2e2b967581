package org.distgray.image;

import java.nio.charset.StandardCharsets;

/**
 * Whether a JPEG holds plain YCbCr that libjpeg turns into RGB with its fixed integer tables and
 * nothing else: three 8-bit components of a Huffman-coded frame (baseline, extended or
 * progressive), marked as YCbCr the way libjpeg itself decides (a JFIF marker, an Adobe marker
 * with transform 1, or neither and component ids 1, 2, 3), and no embedded ICC profile, which
 * the full decoder would apply. Such a file, most photos, can be decoded to its YCbCr samples
 * and converted by the kernel; every other file takes the full decoder.
 */
final class JpegColour {
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

    private JpegColour() {
    }

    /** Whether {@code jpeg}'s header describes plain YCbCr as above; false when in doubt. */
    static boolean isPlainYcc(byte[] jpeg) {
        boolean jfif = false;
        int adobeTransform = -1;
        int[] ids = null;
        JpegSegments.Segment s = JpegSegments.at(jpeg, 2);
        for (; s != null && s.marker() != 0xDA; s = JpegSegments.at(jpeg, s.end())) {
            int marker = s.marker();
            int start = s.start();
            int end = s.end();
            if (marker == 0xE0 && startsWith(jpeg, start, end, JFIF)) {
                jfif = true;
            } else if (marker == 0xEE && startsWith(jpeg, start, end, ADOBE) && end - start >= 12) {
                adobeTransform = jpeg[start + 11] & 0xFF;
            } else if (marker == 0xE2 && startsWith(jpeg, start, end, ICC)) {
                return false;
            } else if (JpegSegments.isFrame(marker)) {
                if (marker > 0xC2 || end - start < 6 || (jpeg[start] & 0xFF) != 8
                        || (jpeg[start + 5] & 0xFF) != 3 || end - start < 6 + 9) {
                    return false;
                }
                ids = new int[] {jpeg[start + 6] & 0xFF, jpeg[start + 9] & 0xFF,
                        jpeg[start + 12] & 0xFF};
            }
        }
        if (s == null) {
            return false;
        }
        if (ids == null) {
            return false;
        }
        if (adobeTransform >= 0) {
            return adobeTransform == 1;
        }
        return jfif || ids[0] == 1 && ids[1] == 2 && ids[2] == 3;
    }

    private static boolean startsWith(byte[] bytes, int start, int end, byte[] prefix) {
        if (end - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
