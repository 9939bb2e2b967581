package org.distgray.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.function.IntBinaryOperator;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.PixelLayout;

/** Pixel-by-pixel checks of a converted image against the formula on its source. */
public final class PixelAssertions {
    private PixelAssertions() {
    }

    /**
     * Every pixel of a {@code width} x {@code height} result, read through {@code gray} and
     * {@code alpha} at (x, y), is the formula on the source pixel, with the source's alpha.
     */
    public static void assertGrayOf(BufferedImage source, int width, int height,
            IntBinaryOperator gray, IntBinaryOperator alpha) {
        assertEquals(source.getWidth(), width, "width");
        assertEquals(source.getHeight(), height, "height");
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = source.getRGB(x, y);
                int expected = TestImages.expectedGray(argb);
                if (gray.applyAsInt(x, y) != expected) {
                    assertEquals(expected, gray.applyAsInt(x, y), "gray at " + x + "," + y);
                }
                if (alpha.applyAsInt(x, y) != argb >>> 24) {
                    assertEquals(argb >>> 24, alpha.applyAsInt(x, y), "alpha at " + x + "," + y);
                }
            }
        }
    }

    /** A decoded gray (or gray + alpha) output file against its colour source. */
    public static void assertGrayOf(BufferedImage source, BufferedImage output) {
        Raster raster = output.getRaster();
        boolean alpha = raster.getNumBands() == 2;
        assertEquals(source.getColorModel().hasAlpha(), alpha, "alpha channel present");
        assertGrayOf(source, output.getWidth(), output.getHeight(),
                (x, y) -> raster.getSample(x, y, 0),
                alpha ? (x, y) -> raster.getSample(x, y, 1) : (x, y) -> 255);
    }

    /**
     * Every pixel of {@code result} is {@code method}'s formula on the samples of the same pixel
     * of {@code source}, read through its layout, with the source's alpha (255 without).
     */
    public static void assertGrayOf(ColorImage source, GrayImage result, GrayMethod method) {
        assertEquals(source.width(), result.width(), "width");
        assertEquals(source.height(), result.height(), "height");
        assertEquals(source.layout().hasAlpha(), result.hasAlpha(), "alpha channel present");
        PixelLayout layout = source.layout();
        byte[] samples = source.samples();
        for (int y = 0; y < source.height(); y++) {
            for (int x = 0; x < source.width(); x++) {
                int s = (y * source.width() + x) * layout.stride();
                int expected = method.gray(samples[s + layout.red()] & 0xFF,
                        samples[s + layout.green()] & 0xFF, samples[s + layout.blue()] & 0xFF);
                if (result.gray(x, y) != expected) {
                    assertEquals(expected, result.gray(x, y), "gray at " + x + "," + y);
                }
                int alpha = layout.hasAlpha() ? samples[s + layout.alpha()] & 0xFF : 255;
                if (result.alpha(x, y) != alpha) {
                    assertEquals(alpha, result.alpha(x, y), "alpha at " + x + "," + y);
                }
            }
        }
    }
}
