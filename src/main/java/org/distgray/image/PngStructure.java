package org.distgray.image;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Walks a PNG's chunks and checks each CRC before any pixel is decoded. The JDK's PNG reader
 * skips CRCs and stops quietly at a missing end, so a damaged file would otherwise come out as a
 * plausible-looking but wrong picture. The header's size is returned so a hostile file can be
 * refused before a pixel buffer is allocated.
 */
public final class PngStructure {
    private static final int SIGNATURE_BYTES = 8;

    private final int width;
    private final int height;

    private PngStructure(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Checks {@code png} from signature to IEND; the reason in the exception names what is wrong. */
    public static PngStructure check(byte[] png) throws BadImageException {
        int pos = SIGNATURE_BYTES;
        int width = -1;
        int height = -1;
        boolean sawData = false;
        while (true) {
            if (pos + 8 > png.length) {
                throw new BadImageException("truncated PNG: file ends at byte " + png.length
                        + " before the IEND chunk");
            }
            long length = readInt(png, pos) & 0xFFFFFFFFL;
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE || pos + 12 + length > png.length) {
                throw new BadImageException("truncated PNG: chunk " + printable(type) + " at byte "
                        + pos + " is cut short");
            }
            int dataLength = (int) length;
            CRC32 crc = new CRC32();
            crc.update(png, pos + 4, 4 + dataLength);
            long stored = readInt(png, pos + 8 + dataLength) & 0xFFFFFFFFL;
            if (crc.getValue() != stored) {
                throw new BadImageException("corrupt PNG: CRC mismatch in chunk " + printable(type)
                        + " at byte " + pos);
            }
            if (width < 0) {
                if (!type.equals("IHDR") || dataLength != 13) {
                    throw new BadImageException("corrupt PNG: first chunk is not a valid IHDR");
                }
                width = readInt(png, pos + 8);
                height = readInt(png, pos + 12);
                if (width <= 0 || height <= 0) {
                    throw new BadImageException("corrupt PNG: header declares " + (width & 0xFFFFFFFFL)
                            + "x" + (height & 0xFFFFFFFFL) + " pixels");
                }
            } else if (type.equals("IDAT")) {
                sawData = true;
            } else if (type.equals("IEND")) {
                if (!sawData) {
                    throw new BadImageException("corrupt PNG: no image data (IDAT chunk)");
                }
                return new PngStructure(width, height);
            }
            pos += 12 + dataLength;
        }
    }

    /** Width declared in the IHDR chunk. */
    public int width() {
        return width;
    }

    /** Height declared in the IHDR chunk. */
    public int height() {
        return height;
    }

    private static int readInt(byte[] b, int pos) {
        return ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8)
                | (b[pos + 3] & 0xFF);
    }

    private static String printable(String type) {
        return type.chars().allMatch(c -> c >= 'A' && c <= 'z') ? type : "(unreadable)";
    }
}
