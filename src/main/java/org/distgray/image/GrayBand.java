package org.distgray.image;

import java.io.Serializable;

/**
 * A converted band, to be copied into its place in the gray picture: in band mode on the driver,
 * once it is back from its executor; in image mode where the whole image was converted. It keeps
 * its sample size (8 or 16 bits) so that the picture has the input's depth.
 */
public final class GrayBand implements Serializable {
    private static final long serialVersionUID = 2L;

    private final int index;
    private final int firstRow;
    private final int rows;
    private final boolean alpha;
    private final int bitDepth;
    private final byte[] samples;

    /** A band of 8-bit samples. */
    public GrayBand(int index, int firstRow, int rows, boolean alpha, byte[] samples) {
        this(index, firstRow, rows, alpha, 8, samples);
    }

    /** A band of {@code bitDepth}-bit samples (8, or 16 big-endian). */
    public GrayBand(int index, int firstRow, int rows, boolean alpha, int bitDepth,
            byte[] samples) {
        if (index < 0 || firstRow < 0 || rows < 1) {
            throw new IllegalArgumentException("invalid gray band: index " + index
                    + ", first row " + firstRow + ", rows " + rows);
        }
        GrayImage.checkBitDepth(bitDepth);
        if (samples.length % rows != 0) {
            throw new IllegalArgumentException(samples.length + " samples do not make " + rows
                    + " equal rows");
        }
        this.index = index;
        this.firstRow = firstRow;
        this.rows = rows;
        this.alpha = alpha;
        this.bitDepth = bitDepth;
        this.samples = samples;
    }

    public int index() {
        return index;
    }

    public int firstRow() {
        return firstRow;
    }

    public int rows() {
        return rows;
    }

    public boolean hasAlpha() {
        return alpha;
    }

    /** Bits per sample: 8 or 16. */
    public int bitDepth() {
        return bitDepth;
    }

    public long bytes() {
        return samples.length;
    }

    /** Copies this band's rows into {@code target} at their place in the whole picture. */
    public void copyInto(byte[] target, int width) {
        int rowBytes = width * GrayImage.bytesPerPixel(alpha, bitDepth);
        if (samples.length != rows * rowBytes) {
            throw new IllegalArgumentException("band of " + rows + " rows holds "
                    + samples.length + " bytes, not rows of width " + width);
        }
        System.arraycopy(samples, 0, target, firstRow * rowBytes, samples.length);
    }

    /** This band alone as a picture. */
    GrayImage toImage(int width) {
        return new GrayImage(width, rows, alpha, bitDepth, samples);
    }
}
