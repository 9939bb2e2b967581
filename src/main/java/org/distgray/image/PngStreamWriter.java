package org.distgray.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a gray PNG from {@link PngSegment}s as they arrive in band order, so the driver never
 * holds the filtered picture: the zlib header goes in the first IDAT, each segment becomes its
 * own IDAT, and the Adler-32 of the whole stream, combined from the segments' own, closes it.
 * Segments out of order, or a finish before the last one, are refused: the file would be corrupt.
 */
public final class PngStreamWriter {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IHDR = type("IHDR");
    private static final byte[] IDAT = type("IDAT");
    private static final byte[] IEND = type("IEND");
    private static final int DEFLATE_32K_WINDOW = 0x78;

    private final OutputStream out;
    private int nextIndex;
    private boolean sawLast;
    private boolean finished;
    private long adler32 = 1;

    private PngStreamWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * Writes the signature, the header of a {@code width} x {@code height} gray (or gray +
     * alpha) picture of {@code bitDepth} (8 or 16) bits, the {@code extraChunks} (such as pHYs)
     * and the zlib header; the segments follow with {@link #append}.
     */
    public static PngStreamWriter start(OutputStream out, int width, int height, int bitDepth,
            boolean alpha, List<PngChunk> extraChunks) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a PNG is at least 1x1, not " + width + "x"
                    + height);
        }
        GrayImage.checkBitDepth(bitDepth);
        out.write(SIGNATURE);
        byte[] header = new byte[13];
        PngChunk.putInt(header, 0, width);
        PngChunk.putInt(header, 4, height);
        header[8] = (byte) bitDepth;
        header[9] = (byte) (alpha ? 4 : 0);
        PngChunk.write(out, IHDR, header);
        for (PngChunk chunk : extraChunks) {
            out.write(chunk.bytes());
        }
        PngChunk.write(out, IDAT, zlibHeader(PngRows.LEVEL));
        return new PngStreamWriter(out);
    }

    /** Writes the next band's segment; segments must come in index order from 0. */
    public void append(PngSegment segment) throws IOException {
        if (sawLast) {
            throw new IllegalStateException("segment " + segment.index()
                    + " comes after the last segment, " + (nextIndex - 1));
        }
        if (segment.index() != nextIndex) {
            throw new IllegalStateException("segment " + segment.index()
                    + " is out of order: segment " + nextIndex + " comes next");
        }
        PngChunk.write(out, IDAT, segment.compressed());
        adler32 = Adler32Combiner.combine(adler32, segment.adler32(), segment.filteredLength());
        sawLast = segment.isLast();
        nextIndex++;
    }

    /** Closes the zlib stream and the file (the stream is flushed, not closed). */
    public void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("the PNG is already finished");
        }
        if (!sawLast) {
            throw new IllegalStateException("cannot finish the PNG: the last segment has not come"
                    + " (next expected: " + nextIndex + ")");
        }
        byte[] checksum = new byte[4];
        PngChunk.putInt(checksum, 0, adler32);
        PngChunk.write(out, IDAT, checksum);
        PngChunk.write(out, IEND, new byte[0]);
        out.flush();
        finished = true;
    }

    /** zlib's two-byte header: deflate with a 32K window, the level's FLEVEL, a valid FCHECK. */
    static byte[] zlibHeader(int level) {
        int flevel = level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
        int flags = flevel << 6;
        flags += (31 - (DEFLATE_32K_WINDOW << 8 | flags) % 31) % 31;
        return new byte[] {DEFLATE_32K_WINDOW, (byte) flags};
    }

    private static byte[] type(String name) {
        return name.getBytes(StandardCharsets.ISO_8859_1);
    }
}
