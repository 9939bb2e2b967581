package org.distgray.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import org.distgray.image.ColorImage;
import org.distgray.image.GrayImage;
import org.distgray.image.GrayMethod;
import org.distgray.image.PixelLayout;

/**
 * Pixel-by-pixel checks of a converted image against {@link GrayReference} on its source, and of
 * a written file against the samples it must hold. Every gray value a test expects of a
 * conversion comes through here.
 */
public final class PixelAssertions {
    private PixelAssertions() {
    }

    /** A decoded gray (or gray + alpha) output file against its colour source, with BT.601. */
    public static void assertGrayOf(BufferedImage source, BufferedImage output) {
        assertGrayOf(source, output, GrayMethod.BT601);
    }

    /** A decoded 8-bit gray (or gray + alpha) output file against its colour source. */
    public static void assertGrayOf(BufferedImage source, BufferedImage output,
            GrayMethod method) {
        Raster raster = output.getRaster();
        boolean alpha = raster.getNumBands() == 2;
        assertEquals(source.getColorModel().hasAlpha(), alpha, "alpha channel present");
        assertGrayOf(method, 8, source.getWidth(), source.getHeight(),
                y -> rgbaRow(source, y, 8), output.getWidth(), output.getHeight(),
                (x, y) -> raster.getSample(x, y, 0),
                alpha ? (x, y) -> raster.getSample(x, y, 1) : (x, y) -> 255);
    }

    /** A converted picture against its colour source, with BT.601. */
    public static void assertGrayOf(BufferedImage source, GrayImage gray) {
        assertEquals(source.getColorModel().hasAlpha(), gray.hasAlpha(), "alpha channel present");
        assertGrayOf(GrayMethod.BT601, 8, source.getWidth(), source.getHeight(),
                y -> rgbaRow(source, y, 8), gray.width(), gray.height(), gray::gray,
                gray::alpha);
    }

    /**
     * A decoded 16-bit output file against its 16-bit source (gray or sRGB, with or without
     * alpha): 16-bit samples, each gray {@code method}'s formula on the source's 16-bit samples,
     * alpha the source's.
     */
    public static void assertGray16Of(BufferedImage source, BufferedImage output,
            GrayMethod method) {
        Raster out = output.getRaster();
        boolean alpha = source.getColorModel().hasAlpha();
        assertEquals(alpha ? 2 : 1, out.getNumBands(), "gray, plus alpha if the source has it");
        for (int band = 0; band < out.getNumBands(); band++) {
            assertEquals(16, out.getSampleModel().getSampleSize(band), "bits of band " + band);
        }
        assertGrayOf(method, 16, source.getWidth(), source.getHeight(),
                y -> rgbaRow(source, y, 16), output.getWidth(), output.getHeight(),
                (x, y) -> out.getSample(x, y, 0),
                alpha ? (x, y) -> out.getSample(x, y, 1) : (x, y) -> 65535);
    }

    /**
     * Every pixel of {@code result} is {@code method}'s formula on the 8-bit samples of the same
     * pixel of {@code source}, read through its layout, with the source's alpha (255 without).
     */
    public static void assertGrayOf(ColorImage source, GrayImage result, GrayMethod method) {
        PixelLayout layout = source.layout();
        assertEquals(8, layout.bitDepth(), "an 8-bit source");
        assertEquals(layout.hasAlpha(), result.hasAlpha(), "alpha channel present");
        byte[] samples = source.samples();
        int width = source.width();
        IntFunction<int[]> rows = y -> {
            int[] rgba = new int[4 * width];
            for (int x = 0; x < width; x++) {
                int s = (y * width + x) * layout.stride();
                rgba[4 * x] = samples[s + layout.red()] & 0xFF;
                rgba[4 * x + 1] = samples[s + layout.green()] & 0xFF;
                rgba[4 * x + 2] = samples[s + layout.blue()] & 0xFF;
                rgba[4 * x + 3] = layout.hasAlpha() ? samples[s + layout.alpha()] & 0xFF : 255;
            }
            return rgba;
        };
        assertGrayOf(method, 8, width, source.height(), rows, result.width(), result.height(),
                result::gray, result::alpha);
    }

    /** A decoded output file holds exactly {@code expected}'s gray (and alpha) samples. */
    public static void assertDecodesTo(GrayImage expected, BufferedImage output) {
        assertEquals(expected.width(), output.getWidth(), "width");
        assertEquals(expected.height(), output.getHeight(), "height");
        Raster raster = output.getRaster();
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
     * The one comparison: every pixel of a {@code width} x {@code height} result, read through
     * {@code gray} and {@code alpha} at (x, y), is {@link GrayReference} of {@code method} on the
     * source pixel of {@code bits}-bit samples ({@code rows} gives a row as red, green, blue and
     * alpha per pixel), with the source's alpha.
     */
    private static void assertGrayOf(GrayMethod method, int bits, int sourceWidth,
            int sourceHeight, IntFunction<int[]> rows, int width, int height,
            IntBinaryOperator gray, IntBinaryOperator alpha) {
        assertEquals(sourceWidth, width, "width");
        assertEquals(sourceHeight, height, "height");
        for (int y = 0; y < height; y++) {
            int[] rgba = rows.apply(y);
            for (int x = 0; x < width; x++) {
                int r = rgba[4 * x];
                int g = rgba[4 * x + 1];
                int b = rgba[4 * x + 2];
                int expected = bits == 16 ? GrayReference.gray16(method, r, g, b)
                        : GrayReference.gray(method, r, g, b);
                if (gray.applyAsInt(x, y) != expected) {
                    assertEquals(expected, gray.applyAsInt(x, y), method + " gray at " + x + ","
                            + y + " of colour " + r + "," + g + "," + b);
                }
                if (alpha.applyAsInt(x, y) != rgba[4 * x + 3]) {
                    assertEquals(rgba[4 * x + 3], alpha.applyAsInt(x, y),
                            "alpha at " + x + "," + y);
                }
            }
        }
    }

    /**
     * Row {@code y} as red, green, blue and alpha per pixel in {@code bits}-bit samples: sRGB or
     * gray samples as the file holds them (scaled and rounded to 8 bits when {@code bits} is 8),
     * palette and packed pixels as they are. No colour conversion is involved, so this is what
     * the file holds, not what Java2D would draw of it.
     */
    private static int[] rgbaRow(BufferedImage source, int y, int bits) {
        int width = source.getWidth();
        ColorModel colors = source.getColorModel();
        int[] rgba = new int[width * 4];
        if (bits == 8 && (colors instanceof IndexColorModel
                || colors instanceof DirectColorModel)) {
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
        int[] depth = raster.getSampleModel().getSampleSize();
        int[] samples = raster.getPixels(0, y, width, 1, (int[]) null);
        int[] bandOf = {0, gray ? 0 : 1, gray ? 0 : 2, colors.hasAlpha() ? bands - 1 : -1};
        for (int x = 0; x < width; x++) {
            for (int c = 0; c < 4; c++) {
                int band = bandOf[c];
                if (band < 0) {
                    rgba[4 * x + c] = (1 << bits) - 1;
                } else if (depth[band] == bits) {
                    rgba[4 * x + c] = samples[x * bands + band];
                } else if (bits == 8) {
                    rgba[4 * x + c] = (int) Math.round(samples[x * bands + band] * 255.0
                            / ((1 << depth[band]) - 1));
                } else {
                    fail("a " + depth[band] + "-bit source where " + bits + " bits were meant");
                }
            }
        }
        return rgba;
    }
}
