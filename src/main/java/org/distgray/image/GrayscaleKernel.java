package org.distgray.image;

import org.distgray.image.GrayMethod.Bt601;

/**
 * The scalar loops that apply a {@link GrayMethod} to whole rows of samples; the method owns the
 * formula, and these loops, {@link VectorKernel} and {@link ShiftFormula} read its constants.
 * BT.601's {@code (299 R + 587 G + 114 B + 500) / 1000} in integers is luma rounded half up,
 * exact for all 2^24 colours, where floating point would round some of them the other way. The
 * loops run over primitive arrays with no per-pixel objects so the JIT can keep them in
 * registers; alpha is carried through unchanged. 16-bit layouts have a loop of their own, so
 * the 8-bit loops stay exactly as tight as they were.
 * Where {@link KernelChoice} picked the Vector API, {@link VectorKernel} converts the 8-bit
 * layouts with the linear methods, and these loops only the few pixels at the end of a range.
 */
public final class GrayscaleKernel {
    private GrayscaleKernel() {
    }

    /** {@link #convert(GrayMethod, byte[], PixelLayout, byte[], int)} with the default BT.601. */
    public static void convert(byte[] src, PixelLayout layout, byte[] dst, int pixels) {
        convert(GrayMethod.BT601, src, layout, dst, pixels);
    }

    /** Converts the first {@code pixels} pixels of {@code src} into the start of {@code dst}. */
    public static void convert(GrayMethod method, byte[] src, PixelLayout layout, byte[] dst,
            int pixels) {
        convert(method, src, 0, layout, dst, 0, pixels);
    }

    /**
     * Converts {@code pixels} pixels laid out as {@code layout} from {@code src}, starting at
     * {@code from}, into gray (or gray + alpha) samples in {@code dst} starting at {@code to},
     * with the layout's sample size (16-bit samples big-endian). BT.601 has its own 8-bit loops
     * with the constants in place; the other methods go through {@link GrayMethod#gray}, and
     * every 16-bit layout through {@link GrayMethod#gray16}. YCbCr samples become RGB as libjpeg
     * would make them ({@link YccToRgb}) on the way.
     */
    public static void convert(GrayMethod method, byte[] src, int from, PixelLayout layout,
            byte[] dst, int to, int pixels) {
        if (pixels < 0 || from < 0 || to < 0) {
            throw new IllegalArgumentException("pixel count and offsets must not be negative: "
                    + pixels + ", " + from + ", " + to);
        }
        if ((long) pixels * layout.stride() > src.length - (long) from) {
            throw new IllegalArgumentException("source holds " + src.length + " bytes, "
                    + pixels + " pixels from " + from + " need " + (long) pixels * layout.stride());
        }
        if ((long) pixels * layout.grayStride() > dst.length - (long) to) {
            throw new IllegalArgumentException("destination holds " + dst.length + " bytes, "
                    + pixels + " gray pixels from " + to + " need "
                    + (long) pixels * layout.grayStride());
        }
        if (KernelChoice.vectorFor(method, layout)) {
            int done = VectorKernel.convert(method, src, from, layout, dst, to, pixels);
            from += done * layout.stride();
            to += done * layout.grayStride();
            pixels -= done;
        }
        if (layout.isYcc()) {
            convertYcc(method, src, from, dst, to, pixels);
        } else if (layout.bitDepth() == 16) {
            convert16(method, src, from, layout, dst, to, pixels);
        } else if (method != GrayMethod.BT601) {
            convertWith(method, src, from, layout, dst, to, pixels);
        } else if (layout.hasAlpha()) {
            convertWithAlpha(src, from, layout, dst, to, pixels);
        } else {
            convertOpaque(src, from, layout, dst, to, pixels);
        }
    }

    /** YCbCr (Y, Cb, Cr bytes) to RGB with libjpeg's tables, then to gray; BT.601 inlined. */
    private static void convertYcc(GrayMethod method, byte[] src, int from, byte[] dst, int to,
            int pixels) {
        final int[] redOfCr = YccToRgb.RED_OF_CR;
        final int[] blueOfCb = YccToRgb.BLUE_OF_CB;
        final int[] greenOf = YccToRgb.GREEN_OF_CBCR;
        final int end = to + pixels;
        if (method == GrayMethod.BT601) {
            for (int s = from, d = to; d < end; s += 3, d++) {
                int y = src[s] & 0xFF;
                int cb = src[s + 1] & 0xFF;
                int cr = src[s + 2] & 0xFF;
                int r = YccToRgb.clamp(y + redOfCr[cr]);
                int g = YccToRgb.clamp(y + greenOf[cb << 8 | cr]);
                int b = YccToRgb.clamp(y + blueOfCb[cb]);
                dst[d] = (byte) ((Bt601.RED * r + Bt601.GREEN * g + Bt601.BLUE * b + Bt601.BIAS)
                        / Bt601.DIVISOR);
            }
            return;
        }
        for (int s = from, d = to; d < end; s += 3, d++) {
            int y = src[s] & 0xFF;
            int cb = src[s + 1] & 0xFF;
            int cr = src[s + 2] & 0xFF;
            dst[d] = (byte) method.gray(YccToRgb.clamp(y + redOfCr[cr]),
                    YccToRgb.clamp(y + greenOf[cb << 8 | cr]), YccToRgb.clamp(y + blueOfCb[cb]));
        }
    }

    private static void convertWith(GrayMethod method, byte[] src, int from, PixelLayout layout,
            byte[] dst, int to, int pixels) {
        final int stride = layout.stride();
        final int grayStride = layout.grayStride();
        final int r = layout.red();
        final int g = layout.green();
        final int b = layout.blue();
        final int a = layout.alpha();
        for (int i = 0, s = from, d = to; i < pixels; i++, s += stride, d += grayStride) {
            dst[d] = (byte) method.gray(src[s + r] & 0xFF, src[s + g] & 0xFF, src[s + b] & 0xFF);
            if (grayStride == 2) {
                dst[d + 1] = src[s + a];
            }
        }
    }

    private static void convert16(GrayMethod method, byte[] src, int from, PixelLayout layout,
            byte[] dst, int to, int pixels) {
        final int stride = layout.stride();
        final int grayStride = layout.grayStride();
        final int r = layout.red();
        final int g = layout.green();
        final int b = layout.blue();
        final int a = layout.alpha();
        for (int i = 0, s = from, d = to; i < pixels; i++, s += stride, d += grayStride) {
            int gray = method.gray16(sample16(src, s + r), sample16(src, s + g),
                    sample16(src, s + b));
            dst[d] = (byte) (gray >>> 8);
            dst[d + 1] = (byte) gray;
            if (grayStride == 4) {
                dst[d + 2] = src[s + a];
                dst[d + 3] = src[s + a + 1];
            }
        }
    }

    private static int sample16(byte[] src, int at) {
        return (src[at] & 0xFF) << 8 | src[at + 1] & 0xFF;
    }

    private static void convertOpaque(byte[] src, int from, PixelLayout layout, byte[] dst,
            int to, int pixels) {
        final int stride = layout.stride();
        final int r = layout.red();
        final int g = layout.green();
        final int b = layout.blue();
        for (int i = 0, s = from, d = to; i < pixels; i++, s += stride, d++) {
            dst[d] = (byte) ((Bt601.RED * (src[s + r] & 0xFF) + Bt601.GREEN * (src[s + g] & 0xFF)
                    + Bt601.BLUE * (src[s + b] & 0xFF) + Bt601.BIAS) / Bt601.DIVISOR);
        }
    }

    private static void convertWithAlpha(byte[] src, int from, PixelLayout layout, byte[] dst,
            int to, int pixels) {
        final int stride = layout.stride();
        final int r = layout.red();
        final int g = layout.green();
        final int b = layout.blue();
        final int a = layout.alpha();
        for (int i = 0, s = from, d = to; i < pixels; i++, s += stride, d += 2) {
            dst[d] = (byte) ((Bt601.RED * (src[s + r] & 0xFF) + Bt601.GREEN * (src[s + g] & 0xFF)
                    + Bt601.BLUE * (src[s + b] & 0xFF) + Bt601.BIAS) / Bt601.DIVISOR);
            dst[d + 1] = src[s + a];
        }
    }
}
