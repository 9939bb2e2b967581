package org.distgray.image;

import java.util.Locale;

/**
 * The largest picture distgray agrees to decode. A 100-byte PNG can declare 10 gigapixels; the
 * limit is checked against the header so such a file is refused before memory is committed.
 */
public record PixelLimit(long maxPixels) {
    /** 500 megapixels: a 30000 x 16000 panorama still fits, a decompression bomb does not. */
    public static final long DEFAULT_MAX_PIXELS = 500_000_000L;

    public PixelLimit {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the pixel limit must be positive, was "
                    + maxPixels);
        }
    }

    public static PixelLimit of(long maxPixels) {
        return new PixelLimit(maxPixels);
    }

    /** Refuses a declared size above the limit, naming both so the user can raise it knowingly. */
    public void check(long width, long height) throws BadImageException {
        long pixels = width * height;
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE || pixels > maxPixels) {
            throw new BadImageException(String.format(Locale.ROOT,
                    "image declares %dx%d = %d pixels, above the limit of %d pixels"
                            + " (raise it with --max-pixels)",
                    width, height, pixels, maxPixels));
        }
    }
}
