package org.distgray.image;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/**
 * Walks a PNG's chunks and checks each CRC before any pixel is decoded. The JDK's PNG reader
 * skips CRCs and stops quietly at a missing end, so a damaged file would otherwise come out as a
 * plausible-looking but wrong picture. The header's size is returned so a hostile file can be
 * refused before a pixel buffer is allocated, and the header's pixel format with any tRNS gray
 * key, which the JDK's reader mishandles below 8 bits.
 */
public final class PngStructure {
    private static final int SIGNATURE_BYTES = 8;
    private static final int GRAY = 0;

    private final int width;
    private final int height;
    private final int bitDepth;
    private final int colourType;
    private final OptionalInt grayKey;

    private PngStructure(int width, int height, int bitDepth, int colourType,
            OptionalInt grayKey) {
        this.width = width;
        this.height = height;
        this.bitDepth = bitDepth;
        this.colourType = colourType;
        this.grayKey = grayKey;
    }

    /**
     * Checks {@code png} from signature to IEND; the reason in the exception names what is wrong.
     */
    public static PngStructure check(byte[] png) throws BadImageException {
        int pos = SIGNATURE_BYTES;
        int width = -1;
        int height = -1;
        int bitDepth = 0;
        int colourType = 0;
        OptionalInt grayKey = OptionalInt.empty();
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
                bitDepth = png[pos + 16] & 0xFF;
                colourType = png[pos + 17] & 0xFF;
                if (width <= 0 || height <= 0) {
                    throw new BadImageException("corrupt PNG: header declares "
                            + (width & 0xFFFFFFFFL) + "x" + (height & 0xFFFFFFFFL) + " pixels");
                }
            } else if (type.equals("tRNS") && colourType == GRAY && dataLength == 2) {
                grayKey = OptionalInt.of(readShort(png, pos + 8));
            } else if (type.equals("IDAT")) {
                sawData = true;
            } else if (type.equals("IEND")) {
                if (!sawData) {
                    throw new BadImageException("corrupt PNG: no image data (IDAT chunk)");
                }
                return new PngStructure(width, height, bitDepth, colourType, grayKey);
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

    /**
     * The transparent gray of a 1-, 2- or 4-bit gray PNG with a tRNS chunk, scaled to 8 bits as
     * its samples are when decoded; empty for any other PNG.
     */
    OptionalInt lowDepthGrayKey() {
        boolean lowDepth = bitDepth == 1 || bitDepth == 2 || bitDepth == 4;
        if (colourType != GRAY || !lowDepth || grayKey.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(grayKey.getAsInt() * 255 / ((1 << bitDepth) - 1));
    }

    private static int readShort(byte[] b, int pos) {
        return (b[pos] & 0xFF) << 8 | b[pos + 1] & 0xFF;
    }

    /** The big-endian 32-bit integer at {@code pos}, as PNG stores lengths and sizes. */
    static int readInt(byte[] b, int pos) {
        return ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8)
                | (b[pos + 3] & 0xFF);
    }

    /** A chunk type as it can be shown in a message: its letters, or that it is unreadable. */
    static String printable(String type) {
        return type.chars().allMatch(c -> c >= 'A' && c <= 'z') ? type : "(unreadable)";
    }
}
