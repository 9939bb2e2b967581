package org.distgray.image;

import java.io.Serializable;

/**
 * Where the red, green, blue and alpha samples sit inside one interleaved 8-bit pixel. Decoders
 * hand out pixels in whatever order they like (BGR for JPEG, RGBA for PNG, one sample for gray);
 * describing the order instead of reordering saves a full copy of every image.
 */
public final class PixelLayout implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Sentinel for a layout without alpha. */
    public static final int NO_ALPHA = -1;

    private final int stride;
    private final int red;
    private final int green;
    private final int blue;
    private final int alpha;

    private PixelLayout(int stride, int red, int green, int blue, int alpha) {
        if (stride < 1 || stride > 4) {
            throw new IllegalArgumentException("pixel stride must be 1 to 4 bytes, was " + stride);
        }
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

    /** Colour pixels of {@code stride} bytes with the given sample offsets. */
    public static PixelLayout of(int stride, int red, int green, int blue, int alpha) {
        return new PixelLayout(stride, red, green, blue, alpha);
    }

    /** Gray pixels, optionally followed by alpha: red, green and blue all read the one sample. */
    public static PixelLayout gray(boolean withAlpha) {
        return withAlpha ? new PixelLayout(2, 0, 0, 0, 1) : new PixelLayout(1, 0, 0, 0, NO_ALPHA);
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

    /** Bytes per pixel of the grayscale output: gray, plus alpha when the input has it. */
    public int grayStride() {
        return hasAlpha() ? 2 : 1;
    }

    private static void checkOffset(String name, int offset, int stride) {
        if (offset < 0 || offset >= stride) {
            throw new IllegalArgumentException(name + " offset " + offset + " is outside a "
                    + stride + "-byte pixel");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PixelLayout)) {
            return false;
        }
        PixelLayout other = (PixelLayout) o;
        return stride == other.stride && red == other.red && green == other.green
                && blue == other.blue && alpha == other.alpha;
    }

    @Override
    public int hashCode() {
        return (((stride * 31 + red) * 31 + green) * 31 + blue) * 31 + alpha;
    }

    @Override
    public String toString() {
        return "PixelLayout[stride=" + stride + ", r=" + red + ", g=" + green + ", b=" + blue
                + ", a=" + alpha + "]";
    }
}
