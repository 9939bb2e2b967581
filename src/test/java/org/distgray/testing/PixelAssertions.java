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

    /** {@code actual} holds exactly {@code expected}'s samples: same size, bands and depth. */
    public static void assertSameSamples(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth(), "width");
        assertEquals(expected.getHeight(), actual.getHeight(), "height");
        Raster want = expected.getRaster();
        Raster got = actual.getRaster();
        assertEquals(want.getNumBands(), got.getNumBands(), "bands");
        for (int band = 0; band < want.getNumBands(); band++) {
            assertEquals(want.getSampleModel().getSampleSize(band),
                    got.getSampleModel().getSampleSize(band), "bits of band " + band);
        }
        for (int y = 0; y < want.getHeight(); y++) {
            for (int x = 0; x < want.getWidth(); x++) {
                for (int band = 0; band < want.getNumBands(); band++) {
                    if (want.getSample(x, y, band) != got.getSample(x, y, band)) {
                        assertEquals(want.getSample(x, y, band), got.getSample(x, y, band),
                                "band " + band + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    /**
     * A decoded 16-bit output file against its 16-bit source (gray or sRGB, with or without
     * alpha): 16-bit samples, each gray {@code method}'s formula on the source's 16-bit samples
     * ({@link GrayMethod#gray16}), alpha the source's.
     */
    public static void assertGray16Of(BufferedImage source, BufferedImage output,
            GrayMethod method) {
        assertEquals(source.getWidth(), output.getWidth(), "width");
        assertEquals(source.getHeight(), output.getHeight(), "height");
        Raster in = source.getRaster();
        Raster out = output.getRaster();
        boolean alpha = source.getColorModel().hasAlpha();
        int colours = in.getNumBands() - (alpha ? 1 : 0);
        assertEquals(alpha ? 2 : 1, out.getNumBands(), "gray, plus alpha if the source has it");
        for (int band = 0; band < out.getNumBands(); band++) {
            assertEquals(16, out.getSampleModel().getSampleSize(band), "bits of band " + band);
        }
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                int r = in.getSample(x, y, 0);
                int g = in.getSample(x, y, colours == 1 ? 0 : 1);
                int b = in.getSample(x, y, colours == 1 ? 0 : 2);
                int expected = method.gray16(r, g, b);
                if (out.getSample(x, y, 0) != expected) {
                    assertEquals(expected, out.getSample(x, y, 0), "gray at " + x + "," + y);
                }
                if (alpha && out.getSample(x, y, 1) != in.getSample(x, y, colours)) {
                    assertEquals(in.getSample(x, y, colours), out.getSample(x, y, 1),
                            "alpha at " + x + "," + y);
                }
            }
        }
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
