package org.distgray.image;

import java.util.Arrays;

/**
 * Writes a JPEG file into a growing array: marker segments byte by byte, then entropy-coded
 * data bit by bit, bits packed into bytes and a zero stuffed after each 0xFF.
 */
final class JpegBitWriter {
    private byte[] out;
    private int size;
    private long buffer;
    private int count;

    JpegBitWriter(int capacity) {
        out = new byte[Math.max(64, capacity)];
    }

    /** Writes one byte as it is (for marker segments, outside entropy-coded data). */
    void raw(int b) {
        if (size == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = (byte) b;
    }

    /** Writes the low {@code n} bits of {@code value}, most significant first (n up to 31). */
    void bits(int value, int n) {
        buffer = buffer << n | (value & ((1L << n) - 1));
        count += n;
        if (count >= 32) {
            count -= 32;
            word((int) (buffer >>> count));
        }
    }

    /** Pads the last byte with one bits, as T.81 F.1.2.3 asks before a marker. */
    void flush() {
        int pad = -count & 7;
        if (pad > 0) {
            bits((1 << pad) - 1, pad);
        }
        while (count >= 8) {
            count -= 8;
            stuffed((int) (buffer >>> count) & 0xFF);
        }
    }

    /** Four bytes of entropy-coded data; in one go unless one of them is 0xFF. */
    private void word(int w) {
        if (size + 8 > out.length) {
            out = Arrays.copyOf(out, out.length * 2 + 8);
        }
        int inverted = ~w;
        if (((inverted - 0x01010101) & ~inverted & 0x80808080) != 0) {
            stuffed(w >>> 24);
            stuffed(w >>> 16 & 0xFF);
            stuffed(w >>> 8 & 0xFF);
            stuffed(w & 0xFF);
            return;
        }
        out[size] = (byte) (w >>> 24);
        out[size + 1] = (byte) (w >>> 16);
        out[size + 2] = (byte) (w >>> 8);
        out[size + 3] = (byte) w;
        size += 4;
    }

    /** One byte of entropy-coded data, with the zero stuffed after 0xFF. */
    private void stuffed(int b) {
        raw(b);
        if (b == 0xFF) {
            raw(0);
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(out, size);
    }
}
