package org.distgray.image;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The 8-bit loops of {@link GrayscaleKernel} on SIMD registers through the JDK's Vector API, with
 * results identical to the scalar loops: the scalar loops handle one byte at a time, while one
 * vector step converts 4, 8 or 16 pixels (128, 256 or 512 bits). Each pixel's bytes are
 * shuffled into one int lane, the channels shifted out, the formula computed in int lanes with
 * a shift for its division ({@link ShiftFormula}), and the lanes narrowed to gray bytes (or gray
 * and alpha pairs) in pixel order. The caller converts what is left over at the end of a range
 * with its scalar loop. Only {@link KernelChoice} loads this class, and only when the module
 * {@code jdk.incubator.vector} is present.
 */
final class VectorKernel {
    private static final VectorSpecies<Byte> BYTES = bytes();
    @SuppressWarnings("unchecked")
    private static final VectorSpecies<Integer> INTS =
            (VectorSpecies<Integer>) BYTES.withLanes(int.class);
    /** Bytes per vector, and pixels per int vector (one pixel per int lane). */
    private static final int LENGTH = BYTES.length();
    private static final int LANES = LENGTH / 4;

    private static final VectorShuffle<Byte> THREE_TO_INTS = threeToInts();
    /**
     * Where a step's gray bytes go: the narrowest byte vector with room for {@link #LANES} (with
     * 128-bit vectors its upper half is junk, overwritten by the next step or the scalar loop).
     */
    private static final VectorSpecies<Byte> GRAYS = ByteVector.SPECIES_64.withShape(
            VectorShape.forBitSize(Math.max(64, 8 * LANES)));
    /** A step's gray and alpha pairs, one short each. */
    private static final VectorSpecies<Short> GRAY_ALPHAS = ShortVector.SPECIES_64.withShape(
            VectorShape.forBitSize(16 * LANES));

    /** libjpeg's YCbCr constants (see {@link YccToRgb}). */
    private static final int RED_CR = YccToRgb.fix(1.40200);
    private static final int BLUE_CB = YccToRgb.fix(1.77200);
    private static final int GREEN_CB = YccToRgb.fix(0.34414);
    private static final int GREEN_CR = YccToRgb.fix(0.71414);
    private static final int ONE_HALF = 1 << 15;

    private VectorKernel() {
    }

    /** The name the metrics show, e.g. {@code vector-256}. */
    static String name() {
        return "vector-" + BYTES.vectorBitSize();
    }

    /**
     * The widest vectors the CPU has, up to 512 bits, or fewer when {@link KernelChoice} asks.
     * 512-bit shuffles of bytes need AVX-512 VBMI, without which the JIT leaves them to slow
     * Java code: 512 bits only where the CPU has it (measured on an AMD EPYC with it: 5.2 ms for
     * an 8K BGR frame against 9.1 ms with 256 bits).
     */
    private static VectorSpecies<Byte> bytes() {
        int bits = Math.min(KernelChoice.requestedBits(),
                ByteVector.SPECIES_PREFERRED.vectorBitSize());
        if (bits >= 512 && CpuFlags.has("avx512vbmi")) {
            return ByteVector.SPECIES_512;
        }
        return bits >= 256 ? ByteVector.SPECIES_256 : ByteVector.SPECIES_128;
    }

    /**
     * Converts whole vector steps of the range {@link GrayscaleKernel#convert} was given, for
     * the layouts and methods of {@link KernelChoice#vectorFor}; returns how many pixels it
     * converted (a prefix of the range, possibly none), leaving the rest to the scalar loop.
     * Converts none while the layout's loop is not yet compiled ({@link VectorWarmUp}).
     */
    static int convert(GrayMethod method, byte[] src, int from, PixelLayout layout, byte[] dst,
            int to, int pixels) {
        return VectorWarmUp.readyOrStart(layout, pixels)
                ? steps(method, src, from, layout, dst, to, pixels) : 0;
    }

    /** Pixels one vector step converts: one per int lane. */
    static int pixelsPerStep() {
        return LANES;
    }

    /** {@link #convert} whether the loop is compiled or not. */
    static int steps(GrayMethod method, byte[] src, int from, PixelLayout layout, byte[] dst,
            int to, int pixels) {
        if (layout.isYcc()) {
            return ycc(method, src, from, dst, to, pixels);
        }
        return layout.hasAlpha() ? withAlpha(method, src, from, layout, dst, to, pixels)
                : opaque(method, src, from, layout, dst, to, pixels);
    }

    /** {@link #LANES} pixels a step, their gray values narrowed to bytes. */
    private static int opaque(GrayMethod method, byte[] src, int from, PixelLayout layout,
            byte[] dst, int to, int pixels) {
        final int stride = layout.stride();
        final int lastLoad = from + pixels * stride - LENGTH;
        final int lastStore = to + pixels - GRAYS.length();
        final Channels channels = new Channels(method, layout);
        int s = from;
        int d = to;
        for (; s <= lastLoad && d <= lastStore; s += LANES * stride, d += LANES) {
            ((ByteVector) channels.gray(pixels(src, s, stride))
                    .convertShape(VectorOperators.I2B, GRAYS, 0)).intoArray(dst, d);
        }
        return d - to;
    }

    /** The same with gray and alpha side by side, each pair narrowed to a short. */
    private static int withAlpha(GrayMethod method, byte[] src, int from, PixelLayout layout,
            byte[] dst, int to, int pixels) {
        final int stride = layout.stride();
        final int lastLoad = from + pixels * stride - LENGTH;
        final int lastStore = to + 2 * (pixels - LANES);
        final Channels channels = new Channels(method, layout);
        int s = from;
        int d = to;
        for (; s <= lastLoad && d <= lastStore; s += LANES * stride, d += 2 * LANES) {
            ((ShortVector) channels.grayAlpha(pixels(src, s, stride))
                    .convertShape(VectorOperators.I2S, GRAY_ALPHAS, 0)).reinterpretAsBytes()
                    .intoArray(dst, d);
        }
        return (d - to) / 2;
    }

    private static int ycc(GrayMethod method, byte[] src, int from, byte[] dst, int to,
            int pixels) {
        final int lastLoad = from + pixels * 3 - LENGTH;
        final int lastStore = to + pixels - GRAYS.length();
        final Channels channels = new Channels(method, PixelLayout.ycc());
        int s = from;
        int d = to;
        for (; s <= lastLoad && d <= lastStore; s += LANES * 3, d += LANES) {
            ((ByteVector) channels.ycc(pixels(src, s, 3))
                    .convertShape(VectorOperators.I2B, GRAYS, 0)).intoArray(dst, d);
        }
        return d - to;
    }

    /** {@link #LANES} pixels of 3 or 4 bytes from {@code at}, one per int lane. */
    private static IntVector pixels(byte[] src, int at, int stride) {
        ByteVector bytes = ByteVector.fromArray(BYTES, src, at);
        if (stride == 3) {
            bytes = bytes.rearrange(THREE_TO_INTS);
        }
        return bytes.reinterpretAsInts();
    }

    /**
     * One method's formula on one layout's int lanes: where each channel sits in a lane, and
     * the weights. Built per call; the JIT keeps its fields in registers.
     */
    private static final class Channels {
        private final int red;
        private final int green;
        private final int blue;
        private final int alpha;
        private final int redWeight;
        private final int greenWeight;
        private final int blueWeight;
        private final int bias;
        private final int shift;

        Channels(GrayMethod method, PixelLayout layout) {
            red = 8 * layout.red();
            green = 8 * layout.green();
            blue = 8 * layout.blue();
            alpha = 8 * layout.alpha();
            ShiftFormula formula = new ShiftFormula(method);
            redWeight = formula.red();
            greenWeight = formula.green();
            blueWeight = formula.blue();
            bias = formula.bias();
            shift = formula.shift();
        }

        IntVector gray(IntVector pixels) {
            return formula(channel(pixels, red), channel(pixels, green), channel(pixels, blue));
        }

        /** Gray in each lane's low byte, the pixel's alpha in the next. */
        IntVector grayAlpha(IntVector pixels) {
            return gray(pixels).or(channel(pixels, alpha).lanewise(VectorOperators.LSHL, 8));
        }

        /** libjpeg's YCbCr to RGB in int lanes, exactly as {@link YccToRgb}'s tables; gray. */
        IntVector ycc(IntVector pixels) {
            IntVector y = pixels.and(0xFF);
            IntVector cb = channel(pixels, 8).sub(128);
            IntVector cr = channel(pixels, 16).sub(128);
            IntVector r = y.add(cr.mul(RED_CR).add(ONE_HALF)
                    .lanewise(VectorOperators.ASHR, 16));
            IntVector b = y.add(cb.mul(BLUE_CB).add(ONE_HALF)
                    .lanewise(VectorOperators.ASHR, 16));
            IntVector g = y.add(cb.mul(-GREEN_CB).add(ONE_HALF).sub(cr.mul(GREEN_CR))
                    .lanewise(VectorOperators.ASHR, 16));
            return formula(clamp(r), clamp(g), clamp(b));
        }

        /** The method's formula, its division a shift ({@link ShiftFormula}). */
        private IntVector formula(IntVector r, IntVector g, IntVector b) {
            return r.mul(redWeight).add(g.mul(greenWeight)).add(b.mul(blueWeight)).add(bias)
                    .lanewise(VectorOperators.LSHR, shift);
        }

        private static IntVector channel(IntVector pixels, int shift) {
            return pixels.lanewise(VectorOperators.LSHR, shift).and(0xFF);
        }

        private static IntVector clamp(IntVector v) {
            return v.max(IntVector.zero(INTS)).min(IntVector.broadcast(INTS, 255));
        }
    }

    /**
     * The shuffle that puts the 3 bytes of pixel j into int lane j (the lane's spare byte
     * repeats the pixel's last one; the channels are masked out anyway).
     */
    private static VectorShuffle<Byte> threeToInts() {
        int[] source = new int[LENGTH];
        for (int j = 0; j < LANES; j++) {
            for (int c = 0; c < 4; c++) {
                source[4 * j + c] = 3 * j + Math.min(c, 2);
            }
        }
        return VectorShuffle.fromArray(BYTES, source, 0);
    }
}
