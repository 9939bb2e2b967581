package org.distgray.image;

import java.io.Serializable;

/**
 * One band's rows, filtered and deflated, as it travels from an executor to the driver: a piece
 * of a raw deflate stream that {@link PngStreamWriter} writes as an IDAT chunk in band order,
 * with what the driver needs to close the zlib stream (the Adler-32 and length of the filtered
 * bytes) without seeing them.
 */
public final class PngSegment implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final byte[] compressed;
    private final long adler32;
    private final long filteredLength;
    private final boolean last;

    PngSegment(int index, byte[] compressed, long adler32, long filteredLength, boolean last) {
        this.index = index;
        this.compressed = compressed;
        this.adler32 = adler32;
        this.filteredLength = filteredLength;
        this.last = last;
    }

    /** Position of this band in the picture, from 0 at the top. */
    public int index() {
        return index;
    }

    /** Size of the deflated bytes. */
    public int compressedLength() {
        return compressed.length;
    }

    /** Adler-32 of the filtered bytes (filter-type bytes included) before deflating. */
    public long adler32() {
        return adler32;
    }

    /** Number of filtered bytes: rows times (row bytes + 1). */
    public long filteredLength() {
        return filteredLength;
    }

    /** Whether this band ends the deflate stream (the bottom band of the picture). */
    public boolean isLast() {
        return last;
    }

    /** The deflated bytes themselves; not copied, so only this package may see them. */
    byte[] compressed() {
        return compressed;
    }
}
