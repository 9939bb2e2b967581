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

    /** Writes the low {@code n} bits of {@code value}, most significant first (n up to 24). */
    void bits(int value, int n) {
        buffer = buffer << n | (value & ((1L << n) - 1));
        count += n;
        while (count >= 8) {
            count -= 8;
            int b = (int) (buffer >>> count) & 0xFF;
            raw(b);
            if (b == 0xFF) {
                raw(0);
            }
        }
    }

    /** Pads the last byte with one bits, as T.81 F.1.2.3 asks before a marker. */
    void flush() {
        if (count > 0) {
            bits(0x7F, 8 - count);
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(out, size);
    }
}
