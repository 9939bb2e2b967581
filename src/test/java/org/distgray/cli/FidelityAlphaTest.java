package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.distgray.testing.CliRun;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows "RGBA PNG", "gray + alpha PNG" and "tRNS" of the README's table, from the command line:
 * a PNG with transparency, by an alpha channel or by a tRNS colour key, comes out as gray + alpha
 * with every alpha value unchanged, and with every gray the formula on the pixel's colour.
 */
@ExtendWith(SharedSpark.class)
class FidelityAlphaTest {
    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;
    private static final int GRAY_KEY = 77;

    @TempDir
    static Path dir;

    private static final BufferedImage RGBA = TestImages.random(WIDTH, HEIGHT, true, 31);
    private static final BufferedImage RGB = TestImages.random(WIDTH, HEIGHT, false, 32);
    private static final BufferedImage GRAY = TestImages.gray(WIDTH, HEIGHT);
    private static final int[] RGB_KEY = RGB.getRaster().getPixel(3, 2, (int[]) null);

    /** 8-bit gray + alpha, random from a fixed seed. */
    private static BufferedImage grayAlpha() {
        ComponentColorModel colours = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false, Transparency.TRANSLUCENT,
                DataBuffer.TYPE_BYTE);
        WritableRaster raster = colours.createCompatibleWritableRaster(WIDTH, HEIGHT);
        Random random = new Random(33);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                raster.setPixel(x, y, new int[] {random.nextInt(256), random.nextInt(256)});
            }
        }
        return new BufferedImage(colours, raster, false, null);
    }

    @BeforeAll
    static void convert() throws IOException {
        Files.createDirectories(dir.resolve("in"));
        Files.write(dir.resolve("in/rgba.png"), TestImages.png(RGBA));
        Files.write(dir.resolve("in/gray-alpha.png"), TestImages.png(grayAlpha()));
        Files.write(dir.resolve("in/rgb-trns.png"), TestImages.png(RGB, false, RGB_KEY));
        Files.write(dir.resolve("in/gray-trns.png"), TestImages.png(GRAY, false, GRAY_KEY));
        CliRun run = CliRun.of(dir.resolve("in").toString(), "-o", dir.resolve("out").toString(),
                "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
    }

    private static BufferedImage input(String name) {
        return TestImages.read(dir.resolve("in").resolve(name));
    }

    private static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir.resolve("in").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage output(String name) {
        return TestImages.read(dir.resolve("out").resolve(name));
    }

    /** The number of pixels with alpha 0 in a gray + alpha output. */
    private static int transparentPixels(BufferedImage output) {
        Raster raster = output.getRaster();
        int count = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                count += raster.getSample(x, y, 1) == 0 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void rgbaBecomesGrayWithTheSameAlpha() {
        assertEquals("8-bit colour type 6", TestImages.describePng(bytes("rgba.png")));
        PixelAssertions.assertGrayOf(RGBA, output("rgba.png"));
    }

    @Test
    void grayWithAlphaIsUnchanged() {
        assertEquals("8-bit colour type 4", TestImages.describePng(bytes("gray-alpha.png")));
        PixelAssertions.assertSameSamples(input("gray-alpha.png"), output("gray-alpha.png"));
    }

    @Test
    void rgbColourKeyBecomesAlpha() {
        assertEquals("8-bit colour type 2, tRNS", TestImages.describePng(bytes("rgb-trns.png")));
        BufferedImage output = output("rgb-trns.png");
        PixelAssertions.assertGrayOf(input("rgb-trns.png"), output);
        int keyed = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                keyed += Arrays.equals(RGB_KEY, RGB.getRaster().getPixel(x, y,
                        (int[]) null)) ? 1 : 0;
            }
        }
        assertEquals(keyed, transparentPixels(output), "exactly the pixels of the key colour");
    }

    @Test
    void grayKeyBecomesAlpha() {
        assertEquals("8-bit colour type 0, tRNS", TestImages.describePng(bytes("gray-trns.png")));
        BufferedImage output = output("gray-trns.png");
        Raster in = GRAY.getRaster();
        Raster out = output.getRaster();
        assertEquals(2, out.getNumBands(), "gray + alpha");
        int keyed = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int gray = in.getSample(x, y, 0);
                assertEquals(gray, out.getSample(x, y, 0), "gray at " + x + "," + y);
                assertEquals(gray == GRAY_KEY ? 0 : 255, out.getSample(x, y, 1),
                        "alpha at " + x + "," + y);
                keyed += gray == GRAY_KEY ? 1 : 0;
            }
        }
        assertTrue(keyed > 0, "the picture has pixels of the key");
    }
}
