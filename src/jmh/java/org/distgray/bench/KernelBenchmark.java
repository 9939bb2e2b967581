package org.distgray.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.distgray.image.GrayscaleKernel;
import org.distgray.image.PixelLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kernel over one 8K frame, in the two layouts decoders produce (3-byte BGR from JPEG,
 * 4-byte ABGR from PNG with alpha), and the copy of the same source bytes as the baseline: how
 * close the kernel gets to memory speed. Not final: JMH generates subclasses of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
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
    public byte[] kernelBgr() {
        GrayscaleKernel.convert(bgr, BGR, gray, PIXELS);
        return gray;
    }

    @Benchmark
    public byte[] kernelAbgr() {
        GrayscaleKernel.convert(abgr, ABGR, grayAlpha, PIXELS);
        return grayAlpha;
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
