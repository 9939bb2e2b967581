package org.distgray.image;

import java.io.Serializable;

/**
 * Where the red, green, blue and alpha samples sit inside one interleaved pixel of 8-bit samples
 * or of 16-bit big-endian ones (PNG's order). Decoders hand out pixels in whatever order they
 * like (BGR for JPEG, RGBA for PNG, one sample for gray); describing the order instead of
 * reordering saves a full copy of every image. Offsets are in bytes; a 16-bit sample's offset is
 * that of its high byte. A record: a layout is its seven values, compared and sent as such.
 *
 * @param sampleBytes bytes per sample: 1, or 2 for 16-bit PNGs
 * @param isYcc       the samples are a JPEG's YCbCr rather than RGB; see {@link #ycc()}
 * @param stride      bytes per pixel
 * @param red         offset of the red sample (Y for YCbCr)
 * @param green       offset of the green sample (Cb for YCbCr)
 * @param blue        offset of the blue sample (Cr for YCbCr)
 * @param alpha       offset of the alpha sample, or {@link #NO_ALPHA}
 */
public record PixelLayout(int sampleBytes, boolean isYcc, int stride, int red, int green,
        int blue, int alpha) implements Serializable {
    private static final long serialVersionUID = 3L;

    /** Sentinel for a layout without alpha. */
    public static final int NO_ALPHA = -1;

    /** Checks that every sample lies inside the pixel; the factories below name the layouts. */
    public PixelLayout {
        if (sampleBytes != 1 && sampleBytes != 2) {
            throw new IllegalArgumentException("samples must be 1 or 2 bytes, were "
                    + sampleBytes);
        }
        if (stride < sampleBytes || stride > 4 * sampleBytes || stride % sampleBytes != 0) {
            throw new IllegalArgumentException("pixel stride must be 1 to 4 samples of "
                    + sampleBytes + " bytes, was " + stride + " bytes");
        }
        checkOffset("red", red, sampleBytes, stride);
        checkOffset("green", green, sampleBytes, stride);
        checkOffset("blue", blue, sampleBytes, stride);
        if (alpha != NO_ALPHA) {
            checkOffset("alpha", alpha, sampleBytes, stride);
        }
    }

    /** Colour pixels of {@code stride} bytes, 8-bit samples at the given offsets. */
    public static PixelLayout of(int stride, int red, int green, int blue, int alpha) {
        return new PixelLayout(1, false, stride, red, green, blue, alpha);
    }

    /**
     * Colour pixels of {@code stride} bytes (2 per sample), 16-bit big-endian samples whose high
     * bytes sit at the given offsets.
     */
    public static PixelLayout of16(int stride, int red, int green, int blue, int alpha) {
        return new PixelLayout(2, false, stride, red, green, blue, alpha);
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

    private static void checkOffset(String name, int offset, int sampleBytes, int stride) {
        if (offset < 0 || offset + sampleBytes > stride || offset % sampleBytes != 0) {
            throw new IllegalArgumentException(name + " offset " + offset + " is not a "
                    + 8 * sampleBytes + "-bit sample of a " + stride + "-byte pixel");
        }
    }

    @Override
    public String toString() {
        return "PixelLayout[" + bitDepth() + "-bit" + (isYcc ? " YCbCr" : "") + ", stride=" + stride
                + ", r=" + red + ", g=" + green + ", b=" + blue + ", a=" + alpha + "]";
    }
}
