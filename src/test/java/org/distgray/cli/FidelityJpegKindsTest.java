package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.distgray.testing.CliRun;
import org.distgray.testing.JpegKinds;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Row "8-bit RGB JPEG" of the README's table, from the command line: baseline and progressive,
 * 4:2:0, 4:2:2 and 4:4:4 each come out as 8-bit gray whose every pixel is the formula on the
 * pixels the JPEG decodes to. Odd sizes, so the subsampled planes end in half blocks.
 */
@ExtendWith(SharedSpark.class)
class FidelityJpegKindsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({
        "baseline,    2, 2, baseline 2x2 1x1 1x1",
        "baseline,    2, 1, baseline 2x1 1x1 1x1",
        "baseline,    1, 1, baseline 1x1 1x1 1x1",
        "progressive, 2, 2, progressive 2x2 1x1 1x1",
        "progressive, 2, 1, progressive 2x1 1x1 1x1",
        "progressive, 1, 1, progressive 1x1 1x1 1x1"})
    void grayIsTheFormulaOnTheDecodedPixels(String kind, int lumaH, int lumaV, String header)
            throws IOException {
        byte[] jpeg = JpegKinds.write(TestImages.random(67, 45, false, lumaH * 10 + lumaV),
                kind.equals("progressive"), lumaH, lumaV);
        assertEquals(header, JpegKinds.describe(jpeg), "the input is the row's kind");
        Path input = Files.write(dir.resolve("photo.jpg"), jpeg);

        CliRun run = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(), "--format",
                "png", "--quiet");

        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        PixelAssertions.assertGrayOf(TestImages.read(jpeg),
                TestImages.read(dir.resolve("out/photo.png")));
    }
}
