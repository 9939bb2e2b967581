package org.distgray.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A PNG chunk given by its type and data, written with its length and CRC. Lets metadata such as
 * pHYs travel to the streaming writer as a value, before any pixel data is written.
 */
public final class PngChunk {
    private final byte[] type;
    private final byte[] data;

    /** A chunk of the four-letter {@code type} holding {@code data} (copied). */
    public PngChunk(String type, byte[] data) {
        if (type.length() != 4 || !type.chars().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("a PNG chunk type is four letters, not '" + type
                    + "'");
        }
        this.type = type.getBytes(StandardCharsets.ISO_8859_1);
        this.data = data.clone();
    }

    /** The whole chunk as it appears in a file: length, type, data, CRC. */
    public byte[] bytes() {
        byte[] chunk = new byte[12 + data.length];
        putInt(chunk, 0, data.length);
        System.arraycopy(type, 0, chunk, 4, 4);
        System.arraycopy(data, 0, chunk, 8, data.length);
        putInt(chunk, 8 + data.length, crc(type, data));
        return chunk;
    }

    /** Writes a chunk of {@code type} whose data is {@code data}, uncopied, onto {@code out}. */
    static void write(OutputStream out, byte[] type, byte[] data) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, data.length);
        System.arraycopy(type, 0, head, 4, 4);
        out.write(head);
        out.write(data);
        byte[] tail = new byte[4];
        putInt(tail, 0, crc(type, data));
        out.write(tail);
    }

    static void putInt(byte[] b, int at, long value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    private static long crc(byte[] type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        return crc.getValue();
    }
}
