package org.distgray.image;

/**
 * Reads the entropy-coded data of one JPEG scan: drops the zero byte stuffed after each 0xFF,
 * stops at a marker (feeding zeros past it, as libjpeg does, and noting it as an overrun) and
 * steps over restart markers when asked. Keeps up to 57 bits ahead so that a Huffman code is
 * looked up from the next bits at once.
 */
final class JpegBitReader {
    private final byte[] data;
    private int pos;
    private long buffer;
    private int count;
    private int padding;

    JpegBitReader(byte[] data, int start) {
        this.data = data;
        this.pos = start;
    }

    /** The next {@code n} bits (1 to 16) without consuming them. */
    int peek(int n) {
        if (count < n) {
            fill();
        }
        return (int) (buffer >>> (count - n)) & ((1 << n) - 1);
    }

    /** Consumes {@code n} bits already peeked. */
    void skip(int n) {
        count -= n;
    }

    int bit() {
        if (count == 0) {
            fill();
        }
        count--;
        return (int) (buffer >>> count) & 1;
    }

    /** The next {@code n} bits (0 to 16) as an unsigned number. */
    int bits(int n) {
        if (n == 0) {
            return 0;
        }
        int value = peek(n);
        count -= n;
        return value;
    }

    /** The next {@code size} bits as a signed coefficient (T.81 F.2.2.1, EXTEND). */
    int signed(int size) {
        if (size == 0) {
            return 0;
        }
        int value = bits(size);
        return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
    }

    /** Drops the bits left of the current byte and steps over the restart marker that follows. */
    void restart() {
        if (overrun()) {
            throw new IllegalStateException("restart interval longer than its data");
        }
        count = 0;
        buffer = 0;
        padding = 0;
        if (pos + 1 < data.length && (data[pos] & 0xFF) == 0xFF
                && (data[pos + 1] & 0xF8) == 0xD0) {
            pos += 2;
        } else {
            throw new IllegalStateException("restart marker missing");
        }
    }

    /** Whether the scan used more bits than its data holds: a damaged or cut file. */
    boolean overrun() {
        return count < padding;
    }

    /** Where the marker that ends the scan starts. */
    int end() {
        int at = pos;
        while (at + 1 < data.length && !((data[at] & 0xFF) == 0xFF && data[at + 1] != 0
                && (data[at + 1] & 0xF8) != 0xD0)) {
            at++;
        }
        return at;
    }

    private void fill() {
        while (count <= 48) {
            int b = pos < data.length ? data[pos] & 0xFF : -1;
            if (b >= 0 && b != 0xFF) {
                pos++;
            } else if (b == 0xFF && pos + 1 < data.length && data[pos + 1] == 0) {
                pos += 2;
            } else {
                b = 0;
                padding += 8;
            }
            buffer = buffer << 8 | b;
            count += 8;
        }
    }
}
