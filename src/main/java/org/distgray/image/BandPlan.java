package org.distgray.image;

/**
 * How an image's rows are cut into bands: as equal as possible, never an empty band, each band
 * whole multiples of {@code unit} rows but the last, which ends with the picture. The unit is 1
 * for most outputs and 8 for JPEG's, whose bands are encoded apart and must start on a row of
 * 8x8 blocks. The number of bands is decided by whoever knows the cluster; this class only makes
 * the cut exact.
 */
public record BandPlan(int height, int bands, int unit) {
    /** Checks the cut: at least one row and one band, and never more bands than units. */
    public BandPlan {
        if (height < 1) {
            throw new IllegalArgumentException("height must be positive, was " + height);
        }
        if (unit < 1) {
            throw new IllegalArgumentException("unit must be positive, was " + unit);
        }
        int units = units(height, unit);
        if (bands < 1 || bands > units) {
            throw new IllegalArgumentException("band count must be 1.." + units + ", was "
                    + bands);
        }
    }

    /** Splits {@code height} rows into {@code bands} bands, capped at one row per band. */
    public static BandPlan of(int height, int bands) {
        return of(height, bands, 1);
    }

    /**
     * Splits {@code height} rows into {@code bands} bands of whole {@code unit}s of rows (the
     * last band may end in part of one), capped at one unit per band.
     */
    public static BandPlan of(int height, int bands, int unit) {
        if (bands < 1) {
            throw new IllegalArgumentException("band count must be positive, was " + bands);
        }
        if (height < 1 || unit < 1) {
            return new BandPlan(height, bands, unit);
        }
        return new BandPlan(height, Math.min(bands, units(height, unit)), unit);
    }

    /**
     * First row of band {@code index}; the first {@code units % bands} bands get one extra unit.
     */
    public int firstRow(int index) {
        checkIndex(index);
        return startOf(index);
    }

    public int rows(int index) {
        checkIndex(index);
        return (index == bands - 1 ? height : startOf(index + 1)) - startOf(index);
    }

    private int startOf(int index) {
        int units = units(height, unit);
        int base = units / bands;
        int extra = units % bands;
        return (index * base + Math.min(index, extra)) * unit;
    }

    private static int units(int height, int unit) {
        return (int) (((long) height + unit - 1) / unit);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= bands) {
            throw new IndexOutOfBoundsException("band " + index + " of " + bands);
        }
    }
}
