package org.distgray.image;

import java.io.Serializable;

/**
 * A run of whole rows cut from a colour image: the unit of work shipped to an executor. It
 * carries its index and first row so the results can be put back in order whatever executor
 * finished first.
 */
public final class Band implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final int firstRow;
    private final int rows;
    private final int width;
    private final PixelLayout layout;
    private final byte[] samples;

    public Band(int index, int firstRow, int rows, int width, PixelLayout layout, byte[] samples) {
        if (index < 0 || firstRow < 0 || rows < 1 || width < 1) {
            throw new IllegalArgumentException("invalid band: index " + index + ", first row "
                    + firstRow + ", " + rows + " rows of width " + width);
        }
        if ((long) rows * width * layout.stride() != samples.length) {
            throw new IllegalArgumentException("band of " + rows + "x" + width + " pixels needs "
                    + (long) rows * width * layout.stride() + " samples, got " + samples.length);
        }
        this.index = index;
        this.firstRow = firstRow;
        this.rows = rows;
        this.width = width;
        this.layout = layout;
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

    public int width() {
        return width;
    }

    public PixelLayout layout() {
        return layout;
    }

    public long pixels() {
        return (long) rows * width;
    }

    /** Size of the colour samples, the bytes that travel to the executor. */
    public long bytes() {
        return samples.length;
    }

    /** Runs the kernel over this band with the default method, BT.601. */
    public GrayBand toGray() {
        return toGray(GrayMethod.BT601);
    }

    /** Runs the kernel over this band with {@code method}. */
    public GrayBand toGray(GrayMethod method) {
        int pixels = rows * width;
        byte[] gray = new byte[pixels * layout.grayStride()];
        GrayscaleKernel.convert(method, samples, layout, gray, pixels);
        return new GrayBand(index, firstRow, rows, layout.hasAlpha(), layout.bitDepth(), gray);
    }
}
