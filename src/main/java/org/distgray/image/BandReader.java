package org.distgray.image;

import java.io.IOException;
import java.util.Arrays;

/**
 * Cuts a picture that is read top to bottom into the bands of a {@link BandPlan} as its rows
 * arrive, so that only the bands in flight are in memory, never the picture. Each band after the
 * first also holds the row above it, which its PNG filter needs, as the bands of a whole decoded
 * picture do.
 */
public final class BandReader implements BandStream {
    /** Largest band a streamed picture is cut into: its samples, colour, in bytes. */
    public static final long MAX_BAND_BYTES = 16L << 20;

    private final PngRowReader rows;
    private final BandPlan plan;
    private int next;
    private byte[] lastRow;

    /** Bands of {@code rows}, which must not have been read from yet, cut along {@code plan}. */
    public BandReader(PngRowReader rows, BandPlan plan) {
        if (rows == null || plan == null || plan.height() != rows.height()) {
            throw new IllegalArgumentException("a row reader and a plan of its height are"
                    + " required");
        }
        this.rows = rows;
        this.plan = plan;
    }

    /**
     * The plan for a streamed picture of {@code height} rows of {@code rowBytes}: at least
     * {@code atLeast} bands, and as many more as keep each within {@link #MAX_BAND_BYTES}.
     */
    public static BandPlan plan(int height, long rowBytes, int atLeast) {
        long rowsPerBand = Math.max(1, MAX_BAND_BYTES / Math.max(1, rowBytes));
        long bySize = (height + rowsPerBand - 1) / rowsPerBand;
        return BandPlan.of(height, (int) Math.max(atLeast, bySize));
    }

    @Override
    public BandPlan plan() {
        return plan;
    }

    @Override
    public int width() {
        return rows.width();
    }

    @Override
    public PixelLayout layout() {
        return rows.layout();
    }

    /**
     * As many bands as fit in {@code jobBytes}, at least one per slot: the bands are read into
     * memory of their own, and two jobs are in memory at once, one running while the next is
     * read.
     */
    @Override
    public int bandsPerJob(int slots, long jobBytes) {
        long bandBytes = Math.max(1, (long) plan.rows(0) * rows.rowBytes());
        return (int) Math.max(slots, Math.min(plan.bands(), jobBytes / bandBytes));
    }

    @Override
    public boolean hasNext() {
        return next < plan.bands();
    }

    /** Reads the next band's rows; the band owns its array, which holds the row above too. */
    @Override
    public Band next() throws BadImageException, IOException {
        if (!hasNext()) {
            throw new IllegalStateException("all " + plan.bands() + " bands have been read");
        }
        int rowBytes = rows.rowBytes();
        int count = plan.rows(next);
        int above = lastRow == null ? 0 : rowBytes;
        byte[] samples = new byte[Math.toIntExact(above + (long) count * rowBytes)];
        if (lastRow != null) {
            System.arraycopy(lastRow, 0, samples, 0, rowBytes);
        }
        rows.readRows(samples, above, count);
        lastRow = Arrays.copyOfRange(samples, samples.length - rowBytes,
                samples.length);
        Band band = new Band(next, plan.firstRow(next), count, rows.width(), rows.layout(),
                samples, above, above > 0);
        next++;
        if (!hasNext()) {
            rows.finish();
        }
        return band;
    }
}
