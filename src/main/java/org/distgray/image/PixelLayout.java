package org.distgray.image;

import java.io.Serializable;

/**
 * Where the red, green, blue and alpha samples sit inside one interleaved pixel of 8-bit samples
 * or of 16-bit big-endian ones (PNG's order). Decoders hand out pixels in whatever order they
 * like (BGR for JPEG, RGBA for PNG, one sample for gray); describing the order instead of
 * reordering saves a full copy of every image. Offsets are in bytes; a 16-bit sample's offset is
 * that of its high byte.
 */
public final class PixelLayout implements Serializable {
    private static final long serialVersionUID = 3L;

    /** Sentinel for a layout without alpha. */
    public static final int NO_ALPHA = -1;

    private final int sampleBytes;
    private final boolean ycc;
    private final int stride;
    private final int red;
    private final int green;
    private final int blue;
    private final int alpha;

    private PixelLayout(int sampleBytes, int stride, int red, int green, int blue, int alpha) {
        this(sampleBytes, false, stride, red, green, blue, alpha);
    }

    private PixelLayout(int sampleBytes, boolean ycc, int stride, int red, int green, int blue,
            int alpha) {
        if (stride < sampleBytes || stride > 4 * sampleBytes || stride % sampleBytes != 0) {
            throw new IllegalArgumentException("pixel stride must be 1 to 4 samples of "
                    + sampleBytes + " bytes, was " + stride + " bytes");
        }
        this.sampleBytes = sampleBytes;
        this.ycc = ycc;
        checkOffset("red", red, stride);
        checkOffset("green", green, stride);
        checkOffset("blue", blue, stride);
        if (alpha != NO_ALPHA) {
            checkOffset("alpha", alpha, stride);
        }
        this.stride = stride;
        this.red = red;
        this.green = green;
        this.blue = blue;
        this.alpha = alpha;
    }

    /** Colour pixels of {@code stride} bytes, 8-bit samples at the given offsets. */
    public static PixelLayout of(int stride, int red, int green, int blue, int alpha) {
        return new PixelLayout(1, stride, red, green, blue, alpha);
    }

    /**
     * Colour pixels of {@code stride} bytes (2 per sample), 16-bit big-endian samples whose high
     * bytes sit at the given offsets.
     */
    public static PixelLayout of16(int stride, int red, int green, int blue, int alpha) {
        return new PixelLayout(2, stride, red, green, blue, alpha);
    }

    /**
     * A JPEG's own samples, Y, Cb and Cr in that order, 8 bits each, before the decoder turns
     * them into RGB: the kernel does that step itself, exactly as libjpeg would, and goes on to
     * gray without an RGB copy of the picture. {@link #red()}, {@link #green()} and
     * {@link #blue()} then give the offsets of Y, Cb and Cr.
     */
    public static PixelLayout ycc() {
        return new PixelLayout(1, true, 3, 0, 1, 2, NO_ALPHA);
    }

    /** Red, green and blue bytes in that order: what the JPEG decoder writes row by row. */
    public static PixelLayout rgb() {
        return of(3, 0, 1, 2, NO_ALPHA);
    }

    /** Whether the samples are a JPEG's YCbCr rather than RGB; see {@link #ycc()}. */
    public boolean isYcc() {
        return ycc;
    }

    /** Gray pixels, optionally followed by alpha: red, green and blue all read the one sample. */
    public static PixelLayout gray(boolean withAlpha) {
        return withAlpha ? of(2, 0, 0, 0, 1) : of(1, 0, 0, 0, NO_ALPHA);
    }

    /** The same with 16-bit samples. */
    public static PixelLayout gray16(boolean withAlpha) {
        return withAlpha ? of16(4, 0, 0, 0, 2) : of16(2, 0, 0, 0, NO_ALPHA);
    }

    /** Bits per sample: 8, or 16 for 16-bit PNGs. */
    public int bitDepth() {
        return 8 * sampleBytes;
    }

    /** Bytes per pixel. */
    public int stride() {
        return stride;
    }

    public int red() {
        return red;
    }

    public int green() {
        return green;
    }

    public int blue() {
        return blue;
    }

    /** Offset of the alpha sample, or {@link #NO_ALPHA}. */
    public int alpha() {
        return alpha;
    }

    public boolean hasAlpha() {
        return alpha != NO_ALPHA;
    }

    /**
     * Bytes per pixel of the grayscale output: gray, plus alpha when the input has it, each of
     * the input's sample size.
     */
    public int grayStride() {
        return (hasAlpha() ? 2 : 1) * sampleBytes;
    }

    private void checkOffset(String name, int offset, int stride) {
        if (offset < 0 || offset + sampleBytes > stride || offset % sampleBytes != 0) {
            throw new IllegalArgumentException(name + " offset " + offset + " is not a "
                    + bitDepth() + "-bit sample of a " + stride + "-byte pixel");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PixelLayout)) {
            return false;
        }
        PixelLayout other = (PixelLayout) o;
        return sampleBytes == other.sampleBytes && ycc == other.ycc && stride == other.stride
                && red == other.red && green == other.green && blue == other.blue
                && alpha == other.alpha;
    }

    @Override
    public int hashCode() {
        int hash = (sampleBytes * 31 + (ycc ? 17 : 0) + stride) * 31 + red;
        return ((hash * 31 + green) * 31 + blue) * 31 + alpha;
    }

    @Override
    public String toString() {
        return "PixelLayout[" + bitDepth() + "-bit" + (ycc ? " YCbCr" : "") + ", stride=" + stride
                + ", r=" + red + ", g=" + green + ", b=" + blue + ", a=" + alpha + "]";
    }
}
