package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.distgray.testing.CliRun;
import org.distgray.testing.FileTree;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PNG larger than distgray decodes whole (more than 64 MiB of samples) is converted as it is
 * read, in both modes: every pixel is still the formula, the output is cut into many deflate
 * segments (a whole-image conversion in image mode writes one), and a copy cut in half fails
 * alone, with its reason and without a partial output.
 */
@ExtendWith(SharedSpark.class)
class StreamedPngTest {
    private static final int WIDTH = 4800;
    private static final int HEIGHT = 4700;

    @TempDir
    static Path dir;
    private static BufferedImage picture;
    private static Path input;

    @BeforeAll
    static void writeInputs() throws IOException {
        picture = TestImages.structured(WIDTH, HEIGHT);
        input = Files.createDirectories(dir.resolve("in"));
        byte[] png = TestImages.png(picture);
        Files.write(input.resolve("large.png"), png);
        Files.write(input.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        Files.write(input.resolve("small.png"), TestImages.png(TestImages.random(64, 48, false,
                1)));
    }

    @ParameterizedTest(name = "--mode {0}")
    @ValueSource(strings = {"bands", "images"})
    void convertsALargePngAsItIsRead(String mode) throws IOException {
        Path out = dir.resolve("out-" + mode);
        CliRun run = CliRun.of(input.toString(), "-o", out.toString(), "--mode", mode,
                "--quiet");

        assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains("cut.png") && lines.get(0).contains("truncated PNG"),
                lines.get(0));
        assertEquals(List.of("large.png", "small.png"), FileTree.files(out), "outputs");

        byte[] converted = Files.readAllBytes(out.resolve("large.png"));
        assertTrue(idatChunks(converted) > 6, "segments: " + idatChunks(converted));
        Raster gray = TestImages.read(converted).getRaster();
        assertEquals(WIDTH, gray.getWidth());
        assertEquals(HEIGHT, gray.getHeight());
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = picture.getRGB(x, y);
                int expected = (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF)
                        + 114 * (rgb & 0xFF) + 500) / 1000;
                if (gray.getSample(x, y, 0) != expected) {
                    throw new AssertionError("pixel " + x + "," + y + ": expected " + expected
                            + ", was " + gray.getSample(x, y, 0));
                }
            }
        }
    }

    private static int idatChunks(byte[] png) {
        int count = 0;
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = (png[pos] & 0xFF) << 24 | (png[pos + 1] & 0xFF) << 16
                    | (png[pos + 2] & 0xFF) << 8 | png[pos + 3] & 0xFF;
            if (new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1).equals("IDAT")) {
                count++;
            }
            pos += 12 + length;
        }
        return count;
    }
}
