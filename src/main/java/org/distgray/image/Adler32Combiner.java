package org.distgray.image;

/**
 * Joins the Adler-32 checksums of consecutive pieces of one byte stream without reading the
 * bytes again, so that bands deflated apart (each with its own checksum) can close one zlib
 * stream. The arithmetic is zlib's {@code adler32_combine} (adler32.c, zlib 1.2.x and later).
 */
public final class Adler32Combiner {
    private static final int BASE = 65521;

    private Adler32Combiner() {
    }

    /**
     * The Adler-32 of A followed by B, given A's checksum {@code first}, B's checksum
     * {@code second} and B's length in bytes.
     */
    public static long combine(long first, long second, long secondLength) {
        if (secondLength < 0) {
            throw new IllegalArgumentException("length must not be negative, was " + secondLength);
        }
        long remainder = secondLength % BASE;
        long sum1 = first & 0xFFFF;
        long sum2 = remainder * sum1 % BASE;
        sum1 += (second & 0xFFFF) + BASE - 1;
        sum2 += (first >>> 16 & 0xFFFF) + (second >>> 16 & 0xFFFF) + BASE - remainder;
        if (sum1 >= BASE) {
            sum1 -= BASE;
        }
        if (sum1 >= BASE) {
            sum1 -= BASE;
        }
        if (sum2 >= 2L * BASE) {
            sum2 -= 2L * BASE;
        }
        if (sum2 >= BASE) {
            sum2 -= BASE;
        }
        return sum1 | sum2 << 16;
    }
}
