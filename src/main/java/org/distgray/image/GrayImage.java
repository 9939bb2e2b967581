package org.distgray.image;

import java.util.List;

/** The converted picture: 8-bit gray samples, each followed by its alpha when the input had it. */
public final class GrayImage {
    private final int width;
    private final int height;
    private final boolean alpha;
    private final byte[] samples;

    public GrayImage(int width, int height, boolean alpha, byte[] samples) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image must be at least 1x1, was " + width + "x"
                    + height);
        }
        long expected = (long) width * height * (alpha ? 2 : 1);
        if (samples.length != expected) {
            throw new IllegalArgumentException(width + "x" + height + " gray pixels need "
                    + expected + " samples, got " + samples.length);
        }
        this.width = width;
        this.height = height;
        this.alpha = alpha;
        this.samples = samples;
    }

    /** Puts converted bands back together; they may arrive in any order but must cover every row once. */
    public static GrayImage assemble(int width, int height, boolean alpha, List<GrayBand> bands) {
        byte[] samples = new byte[Math.multiplyExact(Math.multiplyExact(width, height), alpha ? 2 : 1)];
        boolean[] covered = new boolean[height];
        for (GrayBand band : bands) {
            if (band.hasAlpha() != alpha) {
                throw new IllegalArgumentException("band " + band.index() + " disagrees on alpha");
            }
            for (int row = band.firstRow(); row < band.firstRow() + band.rows(); row++) {
                if (row >= height || covered[row]) {
                    throw new IllegalArgumentException("band " + band.index() + " covers row "
                            + row + " twice or outside the image");
                }
                covered[row] = true;
            }
            band.copyInto(samples, width);
        }
        for (int row = 0; row < height; row++) {
            if (!covered[row]) {
                throw new IllegalArgumentException("no band covers row " + row);
            }
        }
        return new GrayImage(width, height, alpha, samples);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean hasAlpha() {
        return alpha;
    }

    /** The samples, row after row; callers must not modify them. */
    public byte[] samples() {
        return samples;
    }

    /** Gray value of one pixel, for tests and checks. */
    public int gray(int x, int y) {
        return samples[(y * width + x) * (alpha ? 2 : 1)] & 0xFF;
    }

    /** Alpha of one pixel; 255 for an opaque image. */
    public int alpha(int x, int y) {
        return alpha ? samples[(y * width + x) * 2 + 1] & 0xFF : 255;
    }
}
