package org.distgray.image;

import java.util.List;

/**
 * The converted picture: gray samples, each followed by its alpha when the input had it. The
 * samples are 8-bit, or 16-bit big-endian when the input was a 16-bit PNG, so that its extra
 * precision reaches the output instead of being rounded away.
 */
public final class GrayImage {
    private final int width;
    private final int height;
    private final boolean alpha;
    private final int bitDepth;
    private final byte[] samples;

    /** A picture of 8-bit samples. */
    public GrayImage(int width, int height, boolean alpha, byte[] samples) {
        this(width, height, alpha, 8, samples);
    }

    /** A picture of {@code bitDepth}-bit samples (8, or 16 big-endian). */
    public GrayImage(int width, int height, boolean alpha, int bitDepth, byte[] samples) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image must be at least 1x1, was " + width + "x"
                    + height);
        }
        checkBitDepth(bitDepth);
        long expected = (long) width * height * bytesPerPixel(alpha, bitDepth);
        if (samples.length != expected) {
            throw new IllegalArgumentException(width + "x" + height + " gray pixels of "
                    + bitDepth + " bits need " + expected + " bytes, got " + samples.length);
        }
        this.width = width;
        this.height = height;
        this.alpha = alpha;
        this.bitDepth = bitDepth;
        this.samples = samples;
    }

    /**
     * Puts converted bands back together; they may arrive in any order but must cover every row
     * once and agree on alpha and bit depth, which the picture takes from them.
     */
    public static GrayImage assemble(int width, int height, boolean alpha, List<GrayBand> bands) {
        int bitDepth = bands.isEmpty() ? 8 : bands.get(0).bitDepth();
        byte[] samples = new byte[Math.multiplyExact(Math.multiplyExact(width, height),
                bytesPerPixel(alpha, bitDepth))];
        boolean[] covered = new boolean[height];
        for (GrayBand band : bands) {
            if (band.hasAlpha() != alpha) {
                throw new IllegalArgumentException("band " + band.index() + " disagrees on alpha");
            }
            if (band.bitDepth() != bitDepth) {
                throw new IllegalArgumentException("band " + band.index() + " has "
                        + band.bitDepth() + "-bit samples, the others " + bitDepth);
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
        return new GrayImage(width, height, alpha, bitDepth, samples);
    }

    static void checkBitDepth(int bitDepth) {
        if (bitDepth != 8 && bitDepth != 16) {
            throw new IllegalArgumentException("gray samples are 8 or 16 bits, not " + bitDepth);
        }
    }

    static int bytesPerPixel(boolean alpha, int bitDepth) {
        return (alpha ? 2 : 1) * bitDepth / 8;
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

    /** Bits per sample: 8, or 16 for the output of a 16-bit PNG. */
    public int bitDepth() {
        return bitDepth;
    }

    /** The largest sample value, which is also the alpha of an opaque pixel: 255 or 65535. */
    public int maxValue() {
        return (1 << bitDepth) - 1;
    }

    /** Bytes per pixel: gray, plus alpha if any, each one or two bytes. */
    public int bytesPerPixel() {
        return bytesPerPixel(alpha, bitDepth);
    }

    /** The samples, row after row (16-bit ones big-endian); callers must not modify them. */
    public byte[] samples() {
        return samples;
    }

    /** Gray value of one pixel, on the picture's scale (0..255 or 0..65535). */
    public int gray(int x, int y) {
        return sample((y * width + x) * bytesPerPixel());
    }

    /** Alpha of one pixel, on the picture's scale; {@link #maxValue()} for an opaque image. */
    public int alpha(int x, int y) {
        return alpha ? sample((y * width + x) * bytesPerPixel() + bitDepth / 8) : maxValue();
    }

    /**
     * This picture with 8-bit samples, for outputs that hold no more (JPEG): a 16-bit sample
     * {@code v} becomes {@code (v * 255 + 32767) / 65535}, the nearest 8-bit value (there are no
     * ties, since 65535 / 255 = 257 is odd). An 8-bit picture is returned as it is.
     */
    public GrayImage toEightBit() {
        if (bitDepth == 8) {
            return this;
        }
        byte[] narrow = new byte[samples.length / 2];
        for (int i = 0; i < narrow.length; i++) {
            narrow[i] = (byte) ((sample(2 * i) * 255 + 32767) / 65535);
        }
        return new GrayImage(width, height, alpha, narrow);
    }

    private int sample(int at) {
        return bitDepth == 8 ? samples[at] & 0xFF
                : (samples[at] & 0xFF) << 8 | samples[at + 1] & 0xFF;
    }
}
