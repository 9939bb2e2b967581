package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.distgray.image.GrayMethod;
import org.distgray.testing.CliRun;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Row "grayscale JPEG or PNG" of the README's table, from the command line: a one-channel
 * picture is already gray, so the output (PNG, lossless) holds exactly the pixels the input
 * decodes to, under every {@code --method}.
 */
@ExtendWith(SharedSpark.class)
class FidelityGrayInputTest {
    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;

    @TempDir
    static Path dir;

    @BeforeAll
    static void convertWithEveryMethod() throws IOException {
        BufferedImage gray = TestImages.gray(WIDTH, HEIGHT);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("jpeg.jpg"), TestImages.encode(gray, "jpeg"));
        Files.write(in.resolve("png.png"), TestImages.png(gray));
        for (GrayMethod method : GrayMethod.values()) {
            CliRun run = CliRun.of(in.toString(), "-o", dir.resolve(method.key()).toString(),
                    "--format", "png", "--method", method.key(), "--quiet");
            assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        }
    }

    static Stream<Arguments> rows() {
        return Stream.of("jpeg.jpg", "png.png").flatMap(input -> Arrays.stream(GrayMethod.values())
                .map(method -> Arguments.of(input, method)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void pixelsAreUnchanged(String input, GrayMethod method) {
        BufferedImage decoded = TestImages.read(dir.resolve("in").resolve(input));
        assertEquals(1, decoded.getRaster().getNumBands(), "the input has one channel");
        Path output = dir.resolve(method.key()).resolve(input.replaceAll("\\..*", ".png"));
        PixelAssertions.assertSameSamples(decoded, TestImages.read(output));
    }
}
