package org.distgray.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/** Pixel-by-pixel checks of a converted image against the formula on its source. */
final class ImageAssertions {
    private ImageAssertions() {
    }

    /** Every gray pixel is {@link Luma} of the source pixel; alpha is unchanged (255 if none). */
    static void assertGrayOf(BufferedImage source, GrayImage gray) {
        assertEquals(source.getWidth(), gray.width(), "width");
        assertEquals(source.getHeight(), gray.height(), "height");
        for (int y = 0; y < gray.height(); y++) {
            int[] rgba = rgbaRow(source, y);
            for (int x = 0; x < gray.width(); x++) {
                int expected = Luma.of(rgba[4 * x], rgba[4 * x + 1], rgba[4 * x + 2]);
                if (gray.gray(x, y) != expected) {
                    assertEquals(expected, gray.gray(x, y), "gray at " + x + "," + y);
                }
                if (gray.alpha(x, y) != rgba[4 * x + 3]) {
                    assertEquals(rgba[4 * x + 3], gray.alpha(x, y), "alpha at " + x + "," + y);
                }
            }
        }
    }

    /** A decoded output file holds exactly {@code expected}'s gray (and alpha) samples. */
    static void assertDecodesTo(GrayImage expected, BufferedImage output) {
        assertEquals(expected.width(), output.getWidth(), "width");
        assertEquals(expected.height(), output.getHeight(), "height");
        var raster = output.getRaster();
        for (int y = 0; y < output.getHeight(); y++) {
            for (int x = 0; x < output.getWidth(); x++) {
                int gray = raster.getSample(x, y, 0);
                if (gray != expected.gray(x, y)) {
                    assertEquals(expected.gray(x, y), gray, "output gray at " + x + "," + y);
                }
                if (expected.hasAlpha() && raster.getSample(x, y, 1) != expected.alpha(x, y)) {
                    assertEquals(expected.alpha(x, y), raster.getSample(x, y, 1),
                            "output alpha at " + x + "," + y);
                }
            }
        }
    }

    /**
     * Row {@code y} as 8-bit red, green, blue and alpha per pixel: sRGB or gray samples scaled to
     * 8 bits and rounded, palette entries as they are. No colour conversion is involved, so this
     * is what the file holds, not what Java2D would draw of it.
     */
    private static int[] rgbaRow(BufferedImage source, int y) {
        int width = source.getWidth();
        ColorModel colors = source.getColorModel();
        int[] rgba = new int[width * 4];
        if (colors instanceof IndexColorModel || colors instanceof DirectColorModel) {
            int[] argb = source.getRGB(0, y, width, 1, null, 0, width);
            for (int x = 0; x < width; x++) {
                rgba[4 * x] = argb[x] >> 16 & 0xFF;
                rgba[4 * x + 1] = argb[x] >> 8 & 0xFF;
                rgba[4 * x + 2] = argb[x] & 0xFF;
                rgba[4 * x + 3] = argb[x] >>> 24;
            }
            return rgba;
        }
        boolean gray = colors.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        if (!(colors instanceof ComponentColorModel)
                || !(gray || colors.getColorSpace().isCS_sRGB())) {
            fail("no exact reference for the colour model " + colors);
        }
        Raster raster = source.getRaster();
        int bands = raster.getNumBands();
        int[] bits = raster.getSampleModel().getSampleSize();
        int[] samples = raster.getPixels(0, y, width, 1, (int[]) null);
        int[] bandOf = {0, gray ? 0 : 1, gray ? 0 : 2, colors.hasAlpha() ? bands - 1 : -1};
        for (int x = 0; x < width; x++) {
            for (int c = 0; c < 4; c++) {
                int band = bandOf[c];
                rgba[4 * x + c] = band < 0 ? 255 : to8Bits(samples[x * bands + band], bits[band]);
            }
        }
        return rgba;
    }

    private static int to8Bits(int sample, int bits) {
        return bits == 8 ? sample : (int) Math.round(sample * 255.0 / ((1 << bits) - 1));
    }
}
