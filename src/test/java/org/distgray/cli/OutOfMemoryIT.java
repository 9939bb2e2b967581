package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.distgray.testing.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 16K JPEG in one band on a driver given less memory than it needs (512 MB, about the least
 * Spark starts with; the band task holds the picture's gray besides its 400 MB of samples; in
 * the default 8 bands, encoded as JPEG in the tasks, it now fits) fails fast and cleanly: exit
 * status 1 within minutes, one line naming the file, memory and the settings to raise, the
 * table, no output and no temporary file. Before, Spark's handler for the task's
 * OutOfMemoryError killed the JVM with status 52 and no table (and with a 1 GB driver, before
 * bands were broadcast, the scheduler's thread died and the job waited forever).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OutOfMemoryIT {
    private static final int WIDTH = 15360;
    private static final int HEIGHT = 8640;

    @TempDir
    Path dir;

    @Test
    void a16kJpegOnASmallDriverFailsWithOneLineAndTheTable() throws IOException,
            InterruptedException {
        Path input = dir.resolve("in/huge_16k.jpg");
        writeGradientJpeg(input);
        Path output = dir.resolve("out");

        Script.Result run = Script.run(dir.resolve("logs"),
                Map.of("DISTGRAY_DRIVER_MEMORY", "512m"), 4, "distgray", "--master",
                "local[2]", "--partitions", "1", input.toString(), "-o", output.toString(),
                "--quiet");

        assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
        List<String> lines = run.err().lines()
                .filter(l -> l.startsWith(input.toString() + ": ")).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains("out of memory"), lines.get(0));
        assertTrue(lines.get(0).contains("DISTGRAY_DRIVER_MEMORY"), lines.get(0));
        assertTrue(lines.get(0).contains("spark.executor.memory"), lines.get(0));
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
        assertTrue(run.out().contains("0 of 1 images converted, 0 skipped, 1 failed"),
                run.out());
        assertTrue(run.out().contains("phase"), run.out());
        if (Files.exists(output)) {
            try (Stream<Path> files = Files.walk(output)) {
                assertEquals(List.of(output), files.toList(), "nothing may be written");
            }
        }
    }

    /** A smooth 15360x8640 picture, written as a JPEG of a few megabytes. */
    private static void writeGradientJpeg(Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0, i = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++, i += 3) {
                bgr[i] = (byte) (x * 255 / WIDTH);
                bgr[i + 1] = (byte) (y * 255 / HEIGHT);
                bgr[i + 2] = (byte) ((x + y) & 0xff);
            }
        }
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, "jpeg", file.toFile())) {
            throw new IOException("no JPEG writer");
        }
    }
}
