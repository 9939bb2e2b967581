package org.distgray.image;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A run of whole rows of a colour image: the unit of work an executor converts. It is a view of
 * the decoded picture, never a copy of it: where the band's code runs in the driver's JVM it
 * reads the picture in place, and when it travels it writes only its own rows (and the row
 * above it, which a PNG filter of its first row needs). It carries its index and first row so
 * the results can be put back in order whatever executor finished first.
 */
public final class Band implements Serializable {
    private static final long serialVersionUID = 2L;

    private final int index;
    private final int firstRow;
    private final int rows;
    private final int width;
    private final PixelLayout layout;
    private final boolean rowAbove;
    private transient byte[] samples;
    private transient int offset;

    /** A band that owns {@code samples}: exactly its rows, without the row above. */
    public Band(int index, int firstRow, int rows, int width, PixelLayout layout, byte[] samples) {
        this(index, firstRow, rows, width, layout, samples, 0, false);
        if ((long) rows * width * layout.stride() != samples.length) {
            throw new IllegalArgumentException("band of " + rows + "x" + width + " pixels needs "
                    + (long) rows * width * layout.stride() + " samples, got " + samples.length);
        }
    }

    /**
     * A view of rows whose first sample is {@code samples[offset]}; with {@code rowAbove}, the
     * row before them is in the array too, just before {@code offset}.
     */
    Band(int index, int firstRow, int rows, int width, PixelLayout layout, byte[] samples,
            int offset, boolean rowAbove) {
        if (index < 0 || firstRow < 0 || rows < 1 || width < 1 || (rowAbove && firstRow == 0)) {
            throw new IllegalArgumentException("invalid band: index " + index + ", first row "
                    + firstRow + ", " + rows + " rows of width " + width);
        }
        long rowBytes = (long) width * layout.stride();
        long start = offset - (rowAbove ? rowBytes : 0);
        if (start < 0 || offset + rows * rowBytes > samples.length) {
            throw new IllegalArgumentException("band of " + rows + "x" + width + " pixels at "
                    + offset + " lies outside " + samples.length + " samples");
        }
        this.index = index;
        this.firstRow = firstRow;
        this.rows = rows;
        this.width = width;
        this.layout = layout;
        this.rowAbove = rowAbove;
        this.samples = samples;
        this.offset = offset;
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

    /** Size of the band's colour samples, the bytes that travel to an executor. */
    public long bytes() {
        return (long) rows * rowBytes();
    }

    /** Runs the kernel over this band with {@code method}. */
    public GrayBand toGray(GrayMethod method) {
        return new GrayBand(index, firstRow, rows, layout.hasAlpha(), layout.bitDepth(),
                graySamples(method));
    }

    /**
     * Runs the kernel over this band, then encodes its rows as a JPEG at {@code quality}, which
     * {@link JpegBands#join} joins with the other bands' into the picture's JPEG.
     */
    public byte[] toJpeg(GrayMethod method, int quality) {
        return JpegBands.encode(new GrayImage(width, rows, layout.hasAlpha(), layout.bitDepth(),
                graySamples(method)), quality);
    }

    private byte[] graySamples(GrayMethod method) {
        int pixels = rows * width;
        byte[] gray = new byte[pixels * layout.grayStride()];
        GrayscaleKernel.convert(method, samples, offset, layout, gray, 0, pixels);
        return gray;
    }

    /**
     * Runs the kernel over this band and its row above, then filters and deflates its rows as
     * its part of the picture's PNG stream ({@link PngRows}); the {@code last} band ends it.
     */
    public PngSegment toPng(GrayMethod method, boolean last) {
        int grayRow = width * layout.grayStride();
        int above = rowAbove ? 1 : 0;
        byte[] gray = new byte[(rows + above) * grayRow];
        GrayscaleKernel.convert(method, samples, offset - above * rowBytes(), layout, gray, 0,
                (rows + above) * width);
        return PngRows.deflate(index, gray, above * grayRow, rows, grayRow,
                rowAbove ? gray : null, 0, last);
    }

    private int rowBytes() {
        return width * layout.stride();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        int start = offset - (rowAbove ? rowBytes() : 0);
        int length = offset + rows * rowBytes() - start;
        out.writeInt(length);
        out.write(samples, start, length);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int length = in.readInt();
        if (length != (rows + (rowAbove ? 1 : 0)) * rowBytes()) {
            throw new IOException("band " + index + " arrived with " + length + " bytes");
        }
        samples = new byte[length];
        in.readFully(samples);
        offset = rowAbove ? rowBytes() : 0;
    }
}
