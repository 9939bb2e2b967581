package org.distgray.image;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Main class of the JVMs {@link KernelChoiceTest} starts: prints the kernel the JVM chose and a
 * hash of what it made of a noise frame in each 8-bit layout, so that JVMs with different
 * kernels can be compared. With the argument {@code warm} it first converts 8K frames until the
 * vector kernel has taken over from the scalar one in every layout (at most 120 s).
 */
public final class KernelProbe {
    private KernelProbe() {
    }

    public static void main(String[] args) {
        int pixels = 4099;
        byte[] src = new byte[pixels * 4];
        new SplittableRandom(7).nextBytes(src);
        PixelLayout bgr = PixelLayout.of(3, 2, 1, 0, PixelLayout.NO_ALPHA);
        PixelLayout[] layouts = {bgr, PixelLayout.of(4, 3, 2, 1, 0), PixelLayout.ycc()};
        if (args.length > 0 && args[0].equals("warm")) {
            int frame = 7680 * 4320;
            byte[] frameSrc = new byte[frame * 4];
            byte[] frameDst = new byte[frame * 2];
            long deadline = System.nanoTime() + 120_000_000_000L;
            for (PixelLayout layout : layouts) {
                while (KernelChoice.name(GrayMethod.BT601, layout).equals("scalar")) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the vector kernel did not take over "
                                + layout + " in 120 s");
                    }
                    GrayscaleKernel.convert(frameSrc, layout, frameDst, frame);
                }
            }
        }
        int hash = 1;
        for (PixelLayout layout : layouts) {
            for (GrayMethod method : GrayMethod.values()) {
                byte[] dst = new byte[pixels * layout.grayStride()];
                GrayscaleKernel.convert(method, src, layout, dst, pixels);
                hash = 31 * hash + Arrays.hashCode(dst);
            }
        }
        System.out.println(KernelChoice.name() + " " + hash);
    }
}
