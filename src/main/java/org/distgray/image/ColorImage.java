package org.distgray.image;

/**
 * A decoded picture as one interleaved array of samples (bytes, or 16-bit samples big-endian in
 * two bytes, as its {@link PixelLayout} says), the shape the kernel and the band split work on.
 * The array is shared, not copied: an 8K RGB frame is 100 MB, and whoever decoded it (the driver
 * in band mode, an executor in image mode) holds it only as long as it is being converted.
 */
public final class ColorImage {
    private final int width;
    private final int height;
    private final PixelLayout layout;
    private final byte[] samples;

    public ColorImage(int width, int height, PixelLayout layout, byte[] samples) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image must be at least 1x1, was " + width + "x"
                    + height);
        }
        if ((long) width * height * layout.stride() != samples.length) {
            throw new IllegalArgumentException(width + "x" + height + " pixels of "
                    + layout.stride() + " bytes need " + (long) width * height * layout.stride()
                    + " samples, got " + samples.length);
        }
        this.width = width;
        this.height = height;
        this.layout = layout;
        this.samples = samples;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long pixels() {
        return (long) width * height;
    }

    public PixelLayout layout() {
        return layout;
    }

    /** The shared sample array, row after row; callers must not modify it. */
    public byte[] samples() {
        return samples;
    }

    /**
     * Rows {@code [firstRow, firstRow + rows)} as a band that reads this picture in place (and
     * copies only its own rows, with the one above, when it travels).
     */
    public Band band(int index, int firstRow, int rows) {
        if (firstRow < 0 || rows < 1 || rows > height - firstRow) {
            throw new IllegalArgumentException("rows " + firstRow + ".." + ((long) firstRow + rows)
                    + " are outside an image of height " + height);
        }
        int rowBytes = width * layout.stride();
        return new Band(index, firstRow, rows, width, layout, samples, firstRow * rowBytes,
                firstRow > 0);
    }

    /**
     * Converts the whole picture on this thread with {@code method}. The kernel reads the shared
     * samples in place: image mode converts every picture this way on its executor, where a copy
     * would double the memory.
     */
    public GrayImage toGray(GrayMethod method) {
        return new Band(0, 0, height, width, layout, samples).toGray(method).toImage(width);
    }
}
