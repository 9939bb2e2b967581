package org.distgray.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.distgray.image.GrayMethod;
import org.distgray.image.GrayscaleKernel;
import org.distgray.image.KernelChoice;
import org.distgray.image.PixelLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kernel over one 8K frame, in the three layouts decoders produce (3-byte BGR from JPEG
 * through ImageIO, 4-byte ABGR from PNG with alpha, 3-byte YCbCr from JPEG's fast path), with
 * the vector and the scalar kernel, and the copy of the same source bytes as the baseline: how
 * close the kernel gets to memory speed. Each kernel runs in JVMs of its own, since a JVM
 * chooses its kernel once. Not final: JMH generates subclasses of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--add-modules=jdk.incubator.vector"})
public class KernelBenchmark {
    static final int WIDTH = 7680;
    static final int HEIGHT = 4320;
    static final int PIXELS = WIDTH * HEIGHT;

    private static final PixelLayout BGR = PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA);
    private static final PixelLayout ABGR = PixelLayout.of(4, 3, 2, 1, 0);

    private byte[] bgr;
    private byte[] abgr;
    private byte[] gray;
    private byte[] grayAlpha;
    private byte[] copy;

    /**
     * Which kernel the benchmark's JVM runs, set before the kernel's first use; the kernel
     * benchmarks take it as an argument so that JMH runs them once per value.
     */
    @State(Scope.Benchmark)
    public static class Kernel {
        @Param({"vector", "scalar"})
        public String kernel;

        @Setup
        public void choose() {
            // vector-512: the widest vectors the CPU has, with no scalar start while they compile.
            String choice = kernel.equals("scalar") ? "scalar" : "vector-512";
            System.setProperty(KernelChoice.PROPERTY, choice);
            if (!KernelChoice.name().startsWith(kernel)) {
                throw new IllegalStateException("asked for the " + kernel + " kernel, the JVM "
                        + "chose " + KernelChoice.name() + " (is jdk.incubator.vector added?)");
            }
        }
    }

    @Setup
    public void fill() {
        Random random = new Random(42);
        bgr = new byte[PIXELS * BGR.stride()];
        abgr = new byte[PIXELS * ABGR.stride()];
        random.nextBytes(bgr);
        random.nextBytes(abgr);
        gray = new byte[PIXELS];
        grayAlpha = new byte[PIXELS * 2];
        copy = new byte[abgr.length];
    }

    @Benchmark
    public byte[] kernelBgr(Kernel kernel) {
        GrayscaleKernel.convert(bgr, BGR, gray, PIXELS);
        return gray;
    }

    @Benchmark
    public byte[] kernelAbgr(Kernel kernel) {
        GrayscaleKernel.convert(abgr, ABGR, grayAlpha, PIXELS);
        return grayAlpha;
    }

    /** The BGR bytes read as YCbCr: random samples reach every clamp of the conversion. */
    @Benchmark
    public byte[] kernelYcc(Kernel kernel) {
        GrayscaleKernel.convert(GrayMethod.BT601, bgr, PixelLayout.ycc(), gray, PIXELS);
        return gray;
    }

    @Benchmark
    public byte[] arraycopyBgr() {
        System.arraycopy(bgr, 0, copy, 0, bgr.length);
        return copy;
    }

    @Benchmark
    public byte[] arraycopyAbgr() {
        System.arraycopy(abgr, 0, copy, 0, abgr.length);
        return copy;
    }
}
