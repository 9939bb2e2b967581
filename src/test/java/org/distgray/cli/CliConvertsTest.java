package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.distgray.image.GrayMethod;
import org.distgray.image.ImageFormat;
import org.distgray.testing.CliRun;
import org.distgray.testing.ExifJpegs;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The command converts files, folders and globs, names outputs as documented and exits 0. */
@ExtendWith(SharedSpark.class)
class CliConvertsTest {
    @TempDir
    Path dir;

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void pngOutputIsExactForEveryPixel() throws IOException {
        BufferedImage source = TestImages.random(211, 97, false, 1);
        Path input = write("in/picture.png", TestImages.png(source));
        CliRun run = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(), "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("1 of 1 images converted"), run.out());
        PixelAssertions.assertGrayOf(source, TestImages.read(dir.resolve("out/picture.png")));
    }

    @Test
    void rgbaKeepsItsAlpha() throws IOException {
        BufferedImage source = TestImages.random(64, 33, true, 2);
        Path input = write("in/glass.png", TestImages.png(source));
        assertEquals(Cli.EXIT_OK, CliRun.of(input.toString(), "-o",
                dir.resolve("out").toString(), "--quiet", "--partitions", "5").exit());
        PixelAssertions.assertGrayOf(source, TestImages.read(dir.resolve("out/glass.png")));
    }

    @Test
    void progressGoesToStderrUnlessQuiet() throws IOException {
        Path input = write("in/p.png", TestImages.png(TestImages.random(30, 64, false, 9)));
        CliRun run = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(),
                "--partitions", "4");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        assertTrue(run.err().contains("image 1/1  bands 4/4  0.0/0.0 MP  100.0%"), run.err());
    }

    @Test
    void methodChoosesTheFormula() throws IOException {
        BufferedImage source = TestImages.random(41, 23, false, 10);
        Path input = write("in/m.png", TestImages.png(source));
        for (GrayMethod method : GrayMethod.values()) {
            Path out = dir.resolve("out-" + method.key());
            CliRun run = CliRun.of(input.toString(), "-o", out.toString(), "--method",
                    method.key(), "--quiet");
            assertEquals(Cli.EXIT_OK, run.exit(), run.err());
            PixelAssertions.assertGrayOf(source, TestImages.read(out.resolve("m.png")), method);
        }
    }

    @Test
    void exifOrientationIsAppliedToTheOutput() throws IOException {
        byte[] rotated = ExifJpegs.withOrientation(
                TestImages.jpeg(TestImages.structured(30, 20)), 6, true);
        Path input = write("in/portrait.jpg", rotated);
        CliRun run = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(),
                "--format", "png", "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        BufferedImage output = TestImages.read(dir.resolve("out/portrait.png"));
        assertEquals(20, output.getWidth(), "turned a quarter: width and height swap");
        assertEquals(30, output.getHeight());
    }

    /** Converts {@code jpeg}, stored as {@code inputName}, to PNG and checks every pixel. */
    private void assertConvertsToPng(String inputName, byte[] jpeg, String outputName)
            throws IOException {
        Path input = write("in/" + inputName, jpeg);
        CliRun run = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(),
                "--format", "png", "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        PixelAssertions.assertGrayOf(TestImages.read(jpeg),
                TestImages.read(dir.resolve("out").resolve(outputName)));
    }

    @Test
    void jpegToPngIsTheFormulaOnTheDecodedJpeg() throws IOException {
        assertConvertsToPng("photo.jpg", TestImages.jpeg(TestImages.structured(300, 200)),
                "photo.png");
    }

    @Test
    void sameFormatKeepsJpegAndItsExtension() throws IOException {
        Path input = write("in/photo.jpeg", TestImages.jpeg(TestImages.random(40, 30, false, 3)));
        assertEquals(Cli.EXIT_OK, CliRun.of(input.toString(), "-o",
                dir.resolve("out").toString(), "--quiet").exit());
        byte[] output = Files.readAllBytes(dir.resolve("out/photo.jpeg"));
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(output).orElseThrow());
        BufferedImage gray = TestImages.read(output);
        assertEquals(40, gray.getWidth());
        assertEquals(30, gray.getHeight());
        assertEquals(1, gray.getRaster().getNumBands());
    }

    @Test
    void directoryInputMirrorsSubFolders() throws IOException {
        BufferedImage a = TestImages.random(20, 10, false, 4);
        BufferedImage b = TestImages.structured(7, 5);
        write("tree/a.png", TestImages.png(a));
        write("tree/deep/er/b.png", TestImages.png(b));
        write("tree/notes.txt", "not an image".getBytes());
        write("tree/.hidden/c.png", TestImages.png(a));
        CliRun run = CliRun.of(dir.resolve("tree").toString(), "-o",
                dir.resolve("out").toString(), "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        assertTrue(run.out().contains("2 of 2 images converted"), run.out());
        PixelAssertions.assertGrayOf(a, TestImages.read(dir.resolve("out/a.png")));
        PixelAssertions.assertGrayOf(b, TestImages.read(dir.resolve("out/deep/er/b.png")));
        assertTrue(Files.notExists(dir.resolve("out/.hidden")));
    }

    @Test
    void globSelectsMatchingFiles() throws IOException {
        BufferedImage a = TestImages.random(9, 9, false, 5);
        write("g/one.png", TestImages.png(a));
        write("g/two.png", TestImages.png(a));
        write("g/skip.jpg", TestImages.jpeg(a));
        CliRun run = CliRun.of(dir.resolve("g").toString() + "/*.png", "-o",
                dir.resolve("out").toString(), "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        assertTrue(Files.exists(dir.resolve("out/one.png")));
        assertTrue(Files.exists(dir.resolve("out/two.png")));
        assertTrue(Files.notExists(dir.resolve("out/skip.jpg")));
    }

    @Test
    void singleInputMayNameTheOutputFile() throws IOException {
        BufferedImage source = TestImages.random(30, 20, false, 6);
        Path input = write("in/x.jpg", TestImages.jpeg(source));
        Path output = dir.resolve("result/gray.png");
        assertEquals(Cli.EXIT_OK, CliRun.of(input.toString(), "-o", output.toString(),
                "--quiet").exit());
        PixelAssertions.assertGrayOf(TestImages.read(Files.readAllBytes(input)),
                TestImages.read(output));
    }

    @Test
    void jpegNamedPngIsReadByItsContent() throws IOException {
        assertConvertsToPng("liar.png", TestImages.jpeg(TestImages.random(25, 15, false, 7)),
                "liar.png");
    }

    @Test
    void overwriteReplacesAnExistingOutput() throws IOException {
        BufferedImage source = TestImages.random(12, 12, false, 8);
        Path input = write("in/p.png", TestImages.png(source));
        write("out/p.png", "old".getBytes());
        CliRun run = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(),
                "--overwrite", "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        PixelAssertions.assertGrayOf(source, TestImages.read(dir.resolve("out/p.png")));
    }
}
