package org.distgray.image;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Main class of the JVMs {@link KernelChoiceTest} starts: prints the kernel the JVM chose and a
 * hash of what it made of a noise frame in each 8-bit layout, so that JVMs with different
 * kernels can be compared.
 */
public final class KernelProbe {
    private KernelProbe() {
    }

    public static void main(String[] args) {
        int pixels = 4099;
        byte[] src = new byte[pixels * 4];
        new SplittableRandom(7).nextBytes(src);
        int hash = 1;
        PixelLayout bgr = PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA);
        for (PixelLayout layout : new PixelLayout[] {bgr, PixelLayout.of(4, 3, 2, 1, 0),
            PixelLayout.ycc()}) {
            for (GrayMethod method : GrayMethod.values()) {
                byte[] dst = new byte[pixels * layout.grayStride()];
                GrayscaleKernel.convert(method, src, layout, dst, pixels);
                hash = 31 * hash + Arrays.hashCode(dst);
            }
        }
        System.out.println(KernelChoice.name() + " " + hash);
    }
}
