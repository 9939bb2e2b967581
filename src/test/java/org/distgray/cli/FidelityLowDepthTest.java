package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distgray.testing.CliRun;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Row "1-, 2-, 4-bit PNG and Adam7 interlaced" of the README's table, from the command line:
 * each such PNG converts to exactly the output of its 8-bit, non-interlaced equivalent (the same
 * pixels, gray scaled to 8 bits, the tRNS key with them), and that output is itself right.
 */
@ExtendWith(SharedSpark.class)
class FidelityLowDepthTest {
    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;

    @TempDir
    static Path dir;

    /**
     * A PNG and what it must be, and the PNG it must convert like and what that must be: 8-bit
     * (but for a palette, whose depth is not the point of its row) and not interlaced.
     */
    record Row(String name, byte[] png, String kind, byte[] equivalent, String equivalentKind) {
        /** A gray equivalent's output holds its very samples; a colour one's, the formula. */
        boolean gray() {
            return equivalentKind.contains("colour type 0");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The same gray pixels at 8 bits: each value scaled to 0..255. */
    private static BufferedImage eightBit(BufferedImage lowDepth, int bits) {
        BufferedImage gray = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Raster in = lowDepth.getRaster();
        WritableRaster out = gray.getRaster();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                out.setSample(x, y, 0, in.getSample(x, y, 0) * 255 / ((1 << bits) - 1));
            }
        }
        return gray;
    }

    static List<Row> rows() {
        BufferedImage rgb = TestImages.random(WIDTH, HEIGHT, false, 51);
        BufferedImage rgba = TestImages.random(WIDTH, HEIGHT, true, 52);
        BufferedImage gray = TestImages.gray(WIDTH, HEIGHT);
        BufferedImage palette = TestImages.palette(WIDTH, HEIGHT, 4, true, 53);
        BufferedImage gray1 = TestImages.lowDepthGray(WIDTH, HEIGHT, 1);
        BufferedImage gray2 = TestImages.lowDepthGray(WIDTH, HEIGHT, 2);
        BufferedImage gray4 = TestImages.lowDepthGray(WIDTH, HEIGHT, 4);
        return List.of(
                new Row("gray-1", TestImages.png(gray1), "1-bit colour type 0",
                        TestImages.png(eightBit(gray1, 1)), "8-bit colour type 0"),
                new Row("gray-2", TestImages.png(gray2), "2-bit colour type 0",
                        TestImages.png(eightBit(gray2, 2)), "8-bit colour type 0"),
                new Row("gray-4", TestImages.png(gray4), "4-bit colour type 0",
                        TestImages.png(eightBit(gray4, 4)), "8-bit colour type 0"),
                new Row("gray-1-trns", TestImages.png(gray1, false, 1),
                        "1-bit colour type 0, tRNS", TestImages.png(eightBit(gray1, 1), false, 255),
                        "8-bit colour type 0, tRNS"),
                new Row("gray-2-trns", TestImages.png(gray2, false, 1),
                        "2-bit colour type 0, tRNS", TestImages.png(eightBit(gray2, 2), false, 85),
                        "8-bit colour type 0, tRNS"),
                new Row("gray-4-trns", TestImages.png(gray4, false, 12),
                        "4-bit colour type 0, tRNS", TestImages.png(eightBit(gray4, 4), false, 204),
                        "8-bit colour type 0, tRNS"),
                new Row("gray-2-adam7", TestImages.png(gray2, true),
                        "2-bit colour type 0, interlaced", TestImages.png(eightBit(gray2, 2)),
                        "8-bit colour type 0"),
                new Row("gray-adam7", TestImages.png(gray, true), "8-bit colour type 0, interlaced",
                        TestImages.png(gray), "8-bit colour type 0"),
                new Row("rgb-adam7", TestImages.png(rgb, true), "8-bit colour type 2, interlaced",
                        TestImages.png(rgb), "8-bit colour type 2"),
                new Row("rgba-adam7", TestImages.png(rgba, true), "8-bit colour type 6, interlaced",
                        TestImages.png(rgba), "8-bit colour type 6"),
                new Row("palette-4-adam7", TestImages.png(palette, true),
                        "4-bit colour type 3, interlaced, tRNS", TestImages.png(palette),
                        "4-bit colour type 3, tRNS"));
    }

    @BeforeAll
    static void convert() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Row row : rows()) {
            Files.write(in.resolve(row.name() + ".png"), row.png());
            Files.write(in.resolve(row.name() + "-equivalent.png"), row.equivalent());
        }
        CliRun run = CliRun.of(in.toString(), "-o", dir.resolve("out").toString(), "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void convertsAsItsEightBitNonInterlacedEquivalent(Row row) {
        assertEquals(row.kind(), TestImages.describePng(row.png()), "the input is the row's");
        assertEquals(row.equivalentKind(), TestImages.describePng(row.equivalent()));
        BufferedImage output = TestImages.read(dir.resolve("out").resolve(row.name() + ".png"));
        BufferedImage expected = TestImages.read(dir.resolve("out")
                .resolve(row.name() + "-equivalent.png"));
        PixelAssertions.assertSameSamples(expected, output);
        BufferedImage equivalentInput = TestImages.read(row.equivalent());
        if (row.gray()) {
            PixelAssertions.assertSameSamples(equivalentInput, expected);
        } else {
            PixelAssertions.assertGrayOf(equivalentInput, expected);
        }
    }
}
