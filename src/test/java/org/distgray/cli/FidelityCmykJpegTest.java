package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.distgray.image.AdobeJpegs;
import org.distgray.testing.CliRun;
import org.distgray.testing.ExifJpegs;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Row "CMYK and YCCK JPEG" of the README's table, from the command line: Adobe CMYK and YCCK
 * JPEGs (print workflows; no ICC profile embedded) convert, each gray the formula on the sRGB
 * TwelveMonkeys' reader makes of the inks, paper white and black ink dark (tolerances explained
 * in {@code CmykJpegTest}), and an EXIF orientation is applied as for any JPEG.
 */
@ExtendWith(SharedSpark.class)
class FidelityCmykJpegTest {
    private static final int STRIPE = 16;
    private static final int HEIGHT = 48;
    /** Paper, black ink, all four inks, half of each ink, pure cyan: an 80x48 picture. */
    private static final int[][] INKS = {{0, 0, 0, 0}, {0, 0, 0, 255}, {255, 255, 255, 255},
        {128, 128, 128, 128}, {255, 0, 0, 0}};
    private static final int WIDTH = STRIPE * INKS.length;

    @TempDir
    static Path dir;

    @BeforeAll
    static void convert() throws IOException {
        Raster ink = AdobeJpegs.stripes(STRIPE, HEIGHT, INKS);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("cmyk.jpg"), AdobeJpegs.cmyk(ink));
        Files.write(in.resolve("ycck.jpg"), AdobeJpegs.ycck(ink));
        Files.write(in.resolve("cmyk-rotated.jpg"),
                ExifJpegs.withOrientation(AdobeJpegs.cmyk(ink), 6, true));
        Files.write(in.resolve("ycck-rotated.jpg"),
                ExifJpegs.withOrientation(AdobeJpegs.ycck(ink), 6, false));
        CliRun png = CliRun.of(in.toString(), "-o", dir.resolve("png").toString(), "--format",
                "png", "--quiet");
        assertEquals(Cli.EXIT_OK, png.exit(), png.err());
        CliRun jpeg = CliRun.of(in.toString(), "-o", dir.resolve("jpeg").toString(), "--quiet");
        assertEquals(Cli.EXIT_OK, jpeg.exit(), jpeg.err());
    }

    private static BufferedImage output(String folder, String name) {
        return TestImages.read(dir.resolve(folder).resolve(name));
    }

    /** Gray in the middle of stripe {@code i}, away from its edges. */
    private static int stripe(BufferedImage gray, int i) {
        return gray.getRaster().getSample(i * STRIPE + STRIPE / 2, HEIGHT / 2, 0);
    }

    private static void assertPaperWhiteInkDark(BufferedImage gray, int paper, int black) {
        assertTrue(stripe(gray, 0) >= paper, "paper: " + stripe(gray, 0));
        assertTrue(stripe(gray, 1) <= black, "black ink: " + stripe(gray, 1));
        assertTrue(stripe(gray, 2) <= black, "all inks: " + stripe(gray, 2));
        assertTrue(stripe(gray, 3) < stripe(gray, 0) && stripe(gray, 3) > stripe(gray, 2),
                "half of every ink lies between paper and all inks: " + stripe(gray, 3));
        assertTrue(stripe(gray, 4) > stripe(gray, 1) && stripe(gray, 4) < stripe(gray, 0),
                "cyan lies between black and paper: " + stripe(gray, 4));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cmyk", "ycck"})
    void pngOutputIsTheFormulaOnTheDecodedInks(String kind) throws IOException {
        BufferedImage decoded = TestImages.read(dir.resolve("in").resolve(kind + ".jpg"));
        BufferedImage gray = output("png", kind + ".png");
        assertEquals(1, gray.getRaster().getNumBands(), "gray only: the fourth channel is ink");
        PixelAssertions.assertGrayOf(decoded, gray);
        assertPaperWhiteInkDark(gray, 250, 40);
    }

    /** Orientation 6: the stored picture turns a quarter clockwise, width and height swap. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cmyk", "ycck"})
    void orientationIsApplied(String kind) {
        BufferedImage upright = output("png", kind + ".png");
        BufferedImage rotated = output("png", kind + "-rotated.png");
        assertEquals(HEIGHT, rotated.getWidth());
        assertEquals(WIDTH, rotated.getHeight());
        for (int v = 0; v < WIDTH; v++) {
            for (int u = 0; u < HEIGHT; u++) {
                int expected = upright.getRaster().getSample(v, HEIGHT - 1 - u, 0);
                if (rotated.getRaster().getSample(u, v, 0) != expected) {
                    assertEquals(expected, rotated.getRaster().getSample(u, v, 0),
                            "turned pixel " + u + "," + v);
                }
            }
        }
    }

    /** The default output format is the input's: a one-channel JPEG, within JPEG's loss. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cmyk", "ycck"})
    void jpegOutputIsGrayToo(String kind) {
        BufferedImage gray = output("jpeg", kind + ".jpg");
        assertEquals(1, gray.getRaster().getNumBands());
        assertEquals(WIDTH, gray.getWidth());
        assertPaperWhiteInkDark(gray, 245, 45);
    }
}
