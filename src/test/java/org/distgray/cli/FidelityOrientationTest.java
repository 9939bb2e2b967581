package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.distgray.image.Orientation;
import org.distgray.testing.CliRun;
import org.distgray.testing.ExifJpegs;
import org.distgray.testing.GrayReference;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Row "EXIF orientation 2 to 8" of the README's table, from the command line: the output is
 * upright as a viewer shows the input, pixel by pixel against a plain mapping of each
 * orientation, and a JPEG output keeps its EXIF with the orientation reset to normal.
 */
@ExtendWith(SharedSpark.class)
class FidelityOrientationTest {
    private static final int WIDTH = 37;
    private static final int HEIGHT = 22;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void outputIsUprightAndTheTagReset(int orientation) throws IOException {
        byte[] stored = TestImages.jpeg(TestImages.random(WIDTH, HEIGHT, false, orientation));
        Path input = Files.write(dir.resolve("shot.jpg"), ExifJpegs.withOrientation(stored,
                orientation, orientation % 2 == 0));
        BufferedImage raw = TestImages.read(stored);

        CliRun png = CliRun.of(input.toString(), "-o", dir.resolve("png").toString(), "--format",
                "png", "--quiet");
        CliRun jpeg = CliRun.of(input.toString(), "-o", dir.resolve("jpeg").toString(),
                "--quiet");

        assertEquals(Cli.EXIT_OK, png.exit(), png.err());
        assertEquals(Cli.EXIT_OK, jpeg.exit(), jpeg.err());
        BufferedImage upright = TestImages.read(dir.resolve("png/shot.png"));
        boolean swapped = orientation >= 5;
        assertEquals(swapped ? HEIGHT : WIDTH, upright.getWidth());
        assertEquals(swapped ? WIDTH : HEIGHT, upright.getHeight());
        for (int y = 0; y < upright.getHeight(); y++) {
            for (int x = 0; x < upright.getWidth(); x++) {
                int[] from = storedPixel(orientation, x, y);
                assertEquals(GrayReference.bt601(raw.getRGB(from[0], from[1])),
                        upright.getRaster().getSample(x, y, 0),
                        "upright pixel " + x + "," + y + " of orientation " + orientation);
            }
        }
        byte[] output = Files.readAllBytes(dir.resolve("jpeg/shot.jpg"));
        assertEquals(Orientation.NORMAL, Orientation.ofJpeg(output));
        assertEquals(swapped ? HEIGHT : WIDTH, TestImages.read(output).getWidth());
    }

    /** Where upright pixel (x, y) sits in the stored picture, as EXIF defines each value. */
    private static int[] storedPixel(int orientation, int x, int y) {
        return switch (orientation) {
            case 2 -> new int[] {WIDTH - 1 - x, y};
            case 3 -> new int[] {WIDTH - 1 - x, HEIGHT - 1 - y};
            case 4 -> new int[] {x, HEIGHT - 1 - y};
            case 5 -> new int[] {y, x};
            case 6 -> new int[] {y, HEIGHT - 1 - x};
            case 7 -> new int[] {WIDTH - 1 - y, HEIGHT - 1 - x};
            case 8 -> new int[] {WIDTH - 1 - y, x};
            default -> new int[] {x, y};
        };
    }
}
