package org.distgray.image;

/**
 * One JPEG Huffman table, from the code-length counts and symbols of a DHT segment, able to read
 * a symbol from entropy-coded data and to give the code of a symbol for writing it (ITU T.81
 * Annex C and F.2.2.3).
 */
final class JpegHuffman {
    private final int[] maxCode = new int[18];
    private final int[] valueOffset = new int[17];
    private final int[] values;
    private final int[] codeOf = new int[256];
    private final int[] lengthOf = new int[256];
    /** For each 9-bit prefix: code length << 8 | symbol, or 0 for a longer code. */
    private final int[] fast = new int[1 << FAST_BITS];
    private static final int FAST_BITS = 9;

    /**
     * @param counts  how many codes have each length from 1 to 16
     * @param symbols the symbols in order of increasing code length
     */
    JpegHuffman(int[] counts, int[] symbols) {
        if (counts.length != 16) {
            throw new IllegalArgumentException("a Huffman table has 16 code-length counts");
        }
        values = symbols.clone();
        int code = 0;
        int k = 0;
        for (int length = 1; length <= 16; length++) {
            valueOffset[length] = k - code;
            for (int i = 0; i < counts[length - 1]; i++, k++) {
                if (k >= values.length) {
                    throw new IllegalArgumentException("more codes than symbols");
                }
                codeOf[values[k] & 0xFF] = code++;
                lengthOf[values[k] & 0xFF] = length;
            }
            maxCode[length] = counts[length - 1] == 0 ? -1 : code - 1;
            if (code > 1 << length) {
                throw new IllegalArgumentException("too many codes of length " + length);
            }
            code <<= 1;
        }
        maxCode[17] = Integer.MAX_VALUE;
        for (int symbol = 0; symbol < 256; symbol++) {
            int length = lengthOf[symbol];
            if (length > 0 && length <= FAST_BITS) {
                int first = codeOf[symbol] << (FAST_BITS - length);
                for (int i = 0; i < 1 << (FAST_BITS - length); i++) {
                    fast[first + i] = length << 8 | symbol;
                }
            }
        }
    }

    /** The next symbol of {@code bits}. */
    int read(JpegBitReader bits) {
        int entry = fast[bits.peek(FAST_BITS)];
        if (entry != 0) {
            bits.skip(entry >> 8);
            return entry & 0xFF;
        }
        int next = bits.peek(16);
        for (int length = FAST_BITS + 1; length <= 16; length++) {
            int code = next >>> (16 - length);
            if (code <= maxCode[length]) {
                bits.skip(length);
                return values[valueOffset[length] + code];
            }
        }
        throw new IllegalStateException("bad Huffman code");
    }

    /** Writes {@code symbol}'s code; fails if the table has none. */
    void write(JpegBitWriter out, int symbol) {
        write(out, symbol, 0, 0);
    }

    /**
     * Writes {@code symbol}'s code followed by the low {@code extraBits} bits of {@code extra}
     * (a coefficient's magnitude bits), in one go; fails if the table has no code for it.
     */
    void write(JpegBitWriter out, int symbol, int extra, int extraBits) {
        int length = lengthOf[symbol];
        if (length == 0) {
            throw new IllegalStateException("no Huffman code for symbol " + symbol);
        }
        out.bits(codeOf[symbol] << extraBits | (extra & ((1 << extraBits) - 1)),
                length + extraBits);
    }
}
