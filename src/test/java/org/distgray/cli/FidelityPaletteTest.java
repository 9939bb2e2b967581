package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
 * Row "palette PNG" of the README's table, from the command line: a palette PNG of 1, 2, 4 or 8
 * bits is expanded to the colours of its entries, each gray the formula on its entry's colour;
 * with transparency (tRNS) the output is gray + alpha with each entry's alpha, without it gray.
 */
@ExtendWith(SharedSpark.class)
class FidelityPaletteTest {
    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;
    private static final int[] BITS = {1, 2, 4, 8};

    @TempDir
    static Path dir;

    private static String name(int bits, boolean transparent) {
        return "palette-" + bits + (transparent ? "-trns" : "") + ".png";
    }

    private static BufferedImage source(int bits, boolean transparent) {
        return TestImages.palette(WIDTH, HEIGHT, bits, transparent, bits * 2 + (transparent ? 1
                : 0));
    }

    static Stream<Arguments> rows() {
        return IntStream.of(BITS).boxed().flatMap(bits -> Stream.of(Arguments.of(bits, false),
                Arguments.of(bits, true)));
    }

    @BeforeAll
    static void convert() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int bits : BITS) {
            for (boolean transparent : new boolean[] {false, true}) {
                Files.write(in.resolve(name(bits, transparent)),
                        TestImages.png(source(bits, transparent)));
            }
        }
        CliRun run = CliRun.of(in.toString(), "-o", dir.resolve("out").toString(), "--quiet");
        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
    }

    @ParameterizedTest(name = "{0}-bit, transparency {1}")
    @MethodSource("rows")
    void expandedToTheEntriesColours(int bits, boolean transparent) throws IOException {
        String name = name(bits, transparent);
        assertEquals(bits + "-bit colour type 3" + (transparent ? ", tRNS" : ""),
                TestImages.describePng(Files.readAllBytes(dir.resolve("in").resolve(name))));
        PixelAssertions.assertGrayOf(source(bits, transparent),
                TestImages.read(dir.resolve("out").resolve(name)));
    }
}
