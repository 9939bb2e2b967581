package org.distgray.image;

import java.util.Locale;

/**
 * Which grayscale kernel this JVM runs, decided once when the kernel is first used. The scalar
 * loops by default: the Vector API kernel is 15 to 20 times faster once the JIT has compiled it,
 * but until then (the first seconds of a JVM, a few seconds of CPU) it runs tens of times slower
 * than the scalar loops, more than it saves in a run of a few images. The system property
 * {@value #PROPERTY} asks for it: {@code auto} for the widest vectors that suit this CPU, or
 * {@code vector-128}, {@code vector-256} or {@code vector-512} for at most that many bits; it is
 * used when the module {@code jdk.incubator.vector} is in the boot layer (the JVM was started
 * with {@code --add-modules=jdk.incubator.vector}), which only this class checks before it
 * loads any vector code, so a JVM without the module still runs. The two kernels give the same
 * bytes.
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
        return vectorFor(method, layout) ? NAME : SCALAR;
    }

    static boolean vectorFor(GrayMethod method, PixelLayout layout) {
        return VECTOR && layout.bitDepth() == 8 && layout.stride() >= 3 && method.isLinear();
    }

    /** The widest vectors {@value #PROPERTY} allows: 512 unless it names fewer bits. */
    static int requestedBits() {
        return REQUESTED.startsWith("vector-")
                ? Integer.parseInt(REQUESTED.substring("vector-".length())) : 512;
    }

    private static String readProperty() {
        String value = System.getProperty(PROPERTY, SCALAR).trim().toLowerCase(Locale.ROOT);
        if (!value.matches("auto|scalar|vector-(128|256|512)")) {
            throw new IllegalArgumentException("system property " + PROPERTY + " must be auto,"
                    + " scalar, vector-128, vector-256 or vector-512, was '" + value + "'");
        }
        return value;
    }

    private static String choose() {
        if (REQUESTED.equals(SCALAR)
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return SCALAR;
        }
        return VectorKernel.name();
    }
}
