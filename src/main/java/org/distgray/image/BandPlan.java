package org.distgray.image;

/**
 * How an image's rows are cut into bands: as equal as possible, never an empty band. The number
 * of bands is decided by whoever knows the cluster; this class only makes the cut exact.
 */
public record BandPlan(int height, int bands) {
    /** Checks the cut: at least one row and one band, and never more bands than rows. */
    public BandPlan {
        if (height < 1) {
            throw new IllegalArgumentException("height must be positive, was " + height);
        }
        if (bands < 1 || bands > height) {
            throw new IllegalArgumentException("band count must be 1.." + height + ", was "
                    + bands);
        }
    }

    /** Splits {@code height} rows into {@code bands} bands, capped at one row per band. */
    public static BandPlan of(int height, int bands) {
        if (bands < 1) {
            throw new IllegalArgumentException("band count must be positive, was " + bands);
        }
        return new BandPlan(height, Math.min(bands, height));
    }

    /**
     * First row of band {@code index}; the first {@code height % bands} bands get one extra row.
     */
    public int firstRow(int index) {
        checkIndex(index);
        int base = height / bands;
        int extra = height % bands;
        return index * base + Math.min(index, extra);
    }

    public int rows(int index) {
        checkIndex(index);
        return height / bands + (index < height % bands ? 1 : 0);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= bands) {
            throw new IndexOutOfBoundsException("band " + index + " of " + bands);
        }
    }
}
