package org.distgray.image;

import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Filters and deflates one band of a gray PNG's rows on its own, so that bands can be encoded in
 * parallel (one per Spark task) and their outputs, concatenated in order, form one deflate
 * stream. Every row uses the Up filter and the deflater runs at level 1: measured on the gray
 * versions of the sample photos, that pair is about as small as Sub, Paeth or libpng's per-row
 * adaptive choice at that level and the fastest of them; Huffman-only coding was sometimes
 * smaller on photos but caps compression at 8:1, so flat pictures and opaque alpha would grow
 * twenty-fold. Up needs no pixel size, so 8/16-bit gray and gray + alpha rows are all alike.
 */
public final class PngRows {
    /** Deflate level of every band; the zlib header announces it. */
    static final int LEVEL = 1;
    private static final int NONE = 0;
    private static final int UP = 2;
    private static final int CHUNK_BYTES = 1 << 16;

    private PngRows() {
    }

    /**
     * Filters {@code rows} rows of {@code rowBytes} bytes starting at {@code offset} in
     * {@code samples} and deflates them: the stream is left open, byte-aligned, after every band
     * but the {@code last}, which ends it. {@code above} holds the row just above the band,
     * starting at {@code aboveOffset}, or is null for the band at the top of the picture.
     */
    public static PngSegment deflate(int index, byte[] samples, int offset, int rows,
            int rowBytes, byte[] above, int aboveOffset, boolean last) {
        check(index, samples, offset, rows, rowBytes, above, aboveOffset);
        int chunkRows = Math.max(1, Math.min(rows, CHUNK_BYTES / (rowBytes + 1)));
        byte[] filtered = new byte[chunkRows * (rowBytes + 1)];
        long total = (long) rows * (rowBytes + 1);
        byte[] out = new byte[(int) Math.min(Integer.MAX_VALUE - 8, total / 4 + 1024)];
        int written = 0;
        Adler32 adler = new Adler32();
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            for (int first = 0; first < rows; first += chunkRows) {
                int count = Math.min(chunkRows, rows - first);
                int length = 0;
                for (int row = first; row < first + count; row++) {
                    int at = offset + row * rowBytes;
                    if (row == 0) {
                        filterRow(samples, at, above, aboveOffset, rowBytes, filtered, length);
                    } else {
                        filterRow(samples, at, samples, at - rowBytes, rowBytes, filtered, length);
                    }
                    length += rowBytes + 1;
                }
                adler.update(filtered, 0, length);
                deflater.setInput(filtered, 0, length);
                while (!deflater.needsInput()) {
                    out = roomIn(out, written);
                    written += deflater.deflate(out, written, out.length - written,
                            Deflater.NO_FLUSH);
                }
            }
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out = roomIn(out, written);
                    written += deflater.deflate(out, written, out.length - written);
                }
            } else {
                int space;
                do {
                    out = roomIn(out, written);
                    space = out.length - written;
                    written += deflater.deflate(out, written, space, Deflater.SYNC_FLUSH);
                } while (out.length == written);
            }
        } finally {
            deflater.end();
        }
        return new PngSegment(index, Arrays.copyOf(out, written), adler.getValue(), total, last);
    }

    /** One filtered row at {@code to}: its filter type, then Up differences (None at the top). */
    private static void filterRow(byte[] samples, int at, byte[] prior, int priorAt, int rowBytes,
            byte[] to, int toAt) {
        if (prior == null) {
            to[toAt] = NONE;
            System.arraycopy(samples, at, to, toAt + 1, rowBytes);
            return;
        }
        to[toAt] = UP;
        for (int i = 0; i < rowBytes; i++) {
            to[toAt + 1 + i] = (byte) (samples[at + i] - prior[priorAt + i]);
        }
    }

    private static byte[] roomIn(byte[] out, int written) {
        if (written < out.length) {
            return out;
        }
        if (out.length >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("band too large: deflated rows exceed 2 GB");
        }
        return Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8, 2L * out.length));
    }

    private static void check(int index, byte[] samples, int offset, int rows, int rowBytes,
            byte[] above, int aboveOffset) {
        if (index < 0 || rows < 1 || rowBytes < 1 || offset < 0
                || offset + (long) rows * rowBytes > samples.length) {
            throw new IllegalArgumentException("band " + index + ": " + rows + " rows of "
                    + rowBytes + " bytes from " + offset + " do not fit " + samples.length
                    + " samples");
        }
        if (above != null && (aboveOffset < 0 || aboveOffset + (long) rowBytes > above.length)) {
            throw new IllegalArgumentException("band " + index + ": the row above, " + rowBytes
                    + " bytes from " + aboveOffset + ", does not fit its " + above.length
                    + " bytes");
        }
    }
}
