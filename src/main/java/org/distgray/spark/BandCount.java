package org.distgray.spark;

/**
 * How many bands (RDD partitions) an image is cut into. By default several per executor core:
 * Spark hands the next band to whichever core is free, so a faster executor ends up with more of
 * them, which is the load balancing. Bands never get thinner than {@link #MIN_ROWS} rows (below
 * that, scheduling costs more than the kernel), and never outnumber the rows.
 */
public final class BandCount {
    /** Bands per core when the user does not choose. */
    public static final int BANDS_PER_CORE = 4;
    /** The thinnest band the default makes. */
    public static final int MIN_ROWS = 16;

    private BandCount() {
    }

    /**
     * @param height      rows of the image
     * @param cores       the cluster's task slots ({@code defaultParallelism})
     * @param requested   {@code --partitions}, or 0 for the default
     */
    public static int of(int height, int cores, int requested) {
        if (height < 1 || cores < 1 || requested < 0) {
            throw new IllegalArgumentException("need a positive height and core count and a"
                    + " non-negative request, got " + height + ", " + cores + ", " + requested);
        }
        if (requested > 0) {
            return Math.min(requested, height);
        }
        int byRows = Math.max(1, height / MIN_ROWS);
        return Math.min((int) Math.min(Integer.MAX_VALUE, (long) cores * BANDS_PER_CORE), byRows);
    }
}
