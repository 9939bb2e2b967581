package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.distgray.image.GrayMethod;
import org.distgray.testing.CliRun;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Row "16-bit PNG" of the README's table, from the command line, with every {@code --method}:
 * 16-bit RGB, RGBA, RGB with tRNS and Adam7-interlaced RGB come out as 16-bit gray (+ alpha)
 * PNGs whose samples are the formula on the 16-bit samples; 16-bit gray and gray + alpha come
 * out unchanged; asked for JPEG, the 16-bit gray is rounded to 8 bits.
 */
@ExtendWith(SharedSpark.class)
class FidelitySixteenBitTest {
    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;

    @TempDir
    static Path dir;

    /** Input file name to what the file must be: each a row of the table. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("rgb.png", "16-bit colour type 2");
        KINDS.put("rgba.png", "16-bit colour type 6");
        KINDS.put("rgb-trns.png", "16-bit colour type 2, tRNS");
        KINDS.put("rgb-adam7.png", "16-bit colour type 2, interlaced");
        KINDS.put("gray.png", "16-bit colour type 0");
        KINDS.put("gray-alpha.png", "16-bit colour type 4");
    }

    @BeforeAll
    static void convertWithEveryMethod() throws IOException {
        BufferedImage rgb = TestImages.sixteenBit(WIDTH, HEIGHT, 3, false, 41);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("rgb.png"), TestImages.png(rgb));
        Files.write(in.resolve("rgba.png"), TestImages.png(
                TestImages.sixteenBit(WIDTH, HEIGHT, 3, true, 42)));
        Files.write(in.resolve("rgb-trns.png"), TestImages.png(rgb, false,
                rgb.getRaster().getPixel(7, 0, (int[]) null)));
        Files.write(in.resolve("rgb-adam7.png"), TestImages.png(rgb, true));
        Files.write(in.resolve("gray.png"), TestImages.png(
                TestImages.sixteenBit(WIDTH, HEIGHT, 1, false, 43)));
        Files.write(in.resolve("gray-alpha.png"), TestImages.png(
                TestImages.sixteenBit(WIDTH, HEIGHT, 1, true, 44)));
        for (GrayMethod method : GrayMethod.values()) {
            CliRun run = CliRun.of(in.toString(), "-o", out(method).toString(), "--method",
                    method.key(), "--quiet");
            assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        }
        CliRun jpeg = CliRun.of(in.resolve("rgba.png").toString(), "-o",
                dir.resolve("jpeg").toString(), "--format", "jpeg", "--quality", "100", "--quiet");
        assertEquals(Cli.EXIT_OK, jpeg.exit(), jpeg.err());
    }

    private static Path out(GrayMethod method) {
        return dir.resolve("out-" + method.key());
    }

    private static byte[] input(String name) throws IOException {
        return Files.readAllBytes(dir.resolve("in").resolve(name));
    }

    static Stream<Arguments> rows() {
        return KINDS.keySet().stream().flatMap(name -> Arrays.stream(GrayMethod.values())
                .map(method -> Arguments.of(name, method)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void outputIsSixteenBitGrayOfTheFormula(String name, GrayMethod method) throws IOException {
        byte[] input = input(name);
        assertEquals(KINDS.get(name), TestImages.describePng(input), "the input is the row's");
        byte[] output = Files.readAllBytes(out(method).resolve(name));
        BufferedImage source = TestImages.read(input);
        assertEquals(source.getColorModel().hasAlpha() ? "16-bit colour type 4"
                : "16-bit colour type 0", TestImages.describePng(output));
        PixelAssertions.assertGray16Of(source, TestImages.read(output), method);
    }

    @Test
    void grayIsUnchangedByEveryMethod() throws IOException {
        for (String name : new String[] {"gray.png", "gray-alpha.png"}) {
            BufferedImage source = TestImages.read(input(name));
            for (GrayMethod method : GrayMethod.values()) {
                PixelAssertions.assertSameSamples(source,
                        TestImages.read(out(method).resolve(name)));
            }
        }
    }

    @Test
    void transparentColourIsTheOnlyTransparentPixel() {
        Raster alpha = TestImages.read(out(GrayMethod.BT601).resolve("rgb-trns.png")).getRaster();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                assertEquals(x == 7 && y == 0 ? 0 : 65535, alpha.getSample(x, y, 1),
                        "alpha at " + x + "," + y);
            }
        }
    }

    /**
     * JPEG holds 8 bits: each gray is the 16-bit gray rounded to 8 bits, within what JPEG's
     * rounding changes at quality 100.
     */
    @Test
    void jpegOutputIsTheGrayRoundedToEightBits() {
        BufferedImage sixteen = TestImages.read(out(GrayMethod.BT601).resolve("rgba.png"));
        BufferedImage jpeg = TestImages.read(dir.resolve("jpeg/rgba.jpg"));
        assertEquals(1, jpeg.getRaster().getNumBands(), "one channel: JPEG has no alpha");
        assertEquals(8, jpeg.getSampleModel().getSampleSize(0));
        int worst = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int expected = (int) Math.round(sixteen.getRaster().getSample(x, y, 0) / 257.0);
                worst = Math.max(worst, Math.abs(expected - jpeg.getRaster().getSample(x, y, 0)));
            }
        }
        assertTrue(worst <= 3, "largest difference " + worst);
    }
}
