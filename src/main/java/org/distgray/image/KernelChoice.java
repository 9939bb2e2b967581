package org.distgray.image;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Which grayscale kernel this JVM runs, decided once when the kernel is first used: the Vector
 * API one when the module {@code jdk.incubator.vector} is in the boot layer (the JVM was started
 * with {@code --add-modules=jdk.incubator.vector}), the CPU has vectors and the JIT has its top
 * tier, otherwise the scalar loops, which give the same bytes. Vector API code is fast only once
 * the top tier (C2) has compiled it: in a JVM whose JIT stops below it
 * ({@code -XX:TieredStopAtLevel=1} to 3, or {@code -Xint}) an 8K frame took 9.5 s instead of the
 * scalar loops' 0.4 s. The module is an incubator one, so a JVM started without it
 * must still run: only this class, and only when the module is present, loads the vector code.
 * The system property {@value #PROPERTY} overrides the choice: {@code scalar}, or
 * {@code vector-128}, {@code vector-256} or {@code vector-512} for vectors of at most that many
 * bits, used from the first pixel on ({@code auto}, the widest that suits once the JIT has
 * compiled them, by default; see {@link VectorWarmUp}).
 *
 * <p>The name of the kernel a conversion used, for the metrics, is {@link #name(GrayMethod,
 * PixelLayout)}, asked just before converting.
 */
public final class KernelChoice {
    /** The system property that overrides the choice. */
    public static final String PROPERTY = "distgray.kernel";
    static final String SCALAR = "scalar";
    private static final String REQUESTED = readProperty();
    private static final String NAME = choose();
    private static final boolean VECTOR = !NAME.equals(SCALAR);

    private KernelChoice() {
    }

    /** The kernel this JVM converts with: {@code scalar} or {@code vector-} and its bits. */
    public static String name() {
        return NAME;
    }

    /**
     * The kernel that converts {@code layout} with {@code method} in this JVM: the vector one
     * takes 8-bit pixels of 3 or 4 bytes with the linear methods, the scalar loops the rest.
     */
    public static String name(GrayMethod method, PixelLayout layout) {
        return vectorFor(method, layout) && VectorWarmUp.ready(layout) ? NAME : SCALAR;
    }

    static boolean vectorFor(GrayMethod method, PixelLayout layout) {
        return VECTOR && layout.bitDepth() == 8 && layout.stride() >= 3 && method.isLinear();
    }

    /**
     * Whether {@value #PROPERTY} names vectors ({@code vector-N}): then the vector kernel
     * converts from the first pixel, without waiting for the JIT ({@link VectorWarmUp}).
     */
    static boolean atOnce() {
        return REQUESTED.startsWith("vector-");
    }

    /** The widest vectors {@value #PROPERTY} allows: 512 unless it names fewer bits. */
    static int requestedBits() {
        return REQUESTED.startsWith("vector-")
                ? Integer.parseInt(REQUESTED.substring("vector-".length())) : 512;
    }

    private static String readProperty() {
        String value = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        if (!value.matches("auto|scalar|vector-(128|256|512)")) {
            throw new IllegalArgumentException("system property " + PROPERTY + " must be auto,"
                    + " scalar, vector-128, vector-256 or vector-512, was '" + value + "'");
        }
        return value;
    }

    private static String choose() {
        if (REQUESTED.equals(SCALAR)
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()
                || !atOnce() && !jitHasTopTier()) {
            return SCALAR;
        }
        return VectorKernel.name();
    }

    /** Whether this JVM's JIT compiles hot code with its top tier; true where it cannot tell. */
    private static boolean jitHasTopTier() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(
                HotSpotDiagnosticMXBean.class);
        if (vm == null) {
            return true;
        }
        try {
            boolean compiles = Boolean.parseBoolean(vm.getVMOption("UseCompiler").getValue());
            boolean tiered = Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue());
            int stop = Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue());
            return compiles && (!tiered || stop >= 4);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
