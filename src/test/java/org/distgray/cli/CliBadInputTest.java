package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.distgray.testing.CliRun;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs in one batch: each gets one stderr line naming it and the reason, leaves no output
 * and no temporary file, and the good image of the batch is still converted; the exit is 1.
 */
@ExtendWith(SharedSpark.class)
class CliBadInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "--mode {0}")
    @ValueSource(strings = {"bands", "images"})
    void eachBadInputIsNamedAndTheRestConverted(String mode) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        BufferedImage good = TestImages.random(80, 60, false, 1);
        Files.write(in.resolve("good.png"), TestImages.png(good));
        byte[] jpeg = TestImages.jpeg(TestImages.random(160, 120, false, 2));
        byte[] png = TestImages.png(TestImages.random(160, 120, false, 3));

        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("empty.png", new byte[0]);
        bad.put("text.jpg", "hello, I am not a photo\n".getBytes(StandardCharsets.UTF_8));
        bad.put("cut.jpg", TestImages.truncated(jpeg, 0.5));
        bad.put("cut.png", TestImages.truncated(png, 0.5));
        bad.put("crc.png", TestImages.withBrokenCrc(png));
        bad.put("bomb.png", TestImages.pngHeaderOnly(100_000, 100_000));
        bad.put("anim.png", "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000".getBytes(
                StandardCharsets.ISO_8859_1));
        bad.put("bitmap.png", TestImages.encode(TestImages.random(8, 8, false, 4), "bmp"));
        Map<String, String> reasons = Map.of("empty.png", "empty", "text.jpg", "not a JPEG or PNG",
                "cut.jpg", "truncated", "cut.png", "truncated", "crc.png", "CRC",
                "bomb.png", "--max-pixels", "anim.png", "GIF", "bitmap.png", "BMP",
                "missing.jpg", "no such file");
        for (Map.Entry<String, byte[]> file : bad.entrySet()) {
            Files.write(in.resolve(file.getKey()), file.getValue());
        }
        byte[] taken = "an earlier run's output".getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("taken.png"), png);
        Files.write(out.resolve("taken.png"), taken);

        List<String> args = new ArrayList<>();
        args.add(in.resolve("good.png").toString());
        bad.keySet().forEach(name -> args.add(in.resolve(name).toString()));
        args.add(in.resolve("taken.png").toString());
        args.add(in.resolve("missing.jpg").toString());
        args.addAll(List.of("-o", out.toString(), "--mode", mode, "--quiet"));
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(Cli.EXIT_FAILED, run.exit());
        assertEquals(reasons.size(), run.errLines().size(), run.err());
        assertTrue(run.out().contains("\nfailed (" + reasons.size() + "):\n"), run.out());
        for (Map.Entry<String, String> expected : reasons.entrySet()) {
            String path = in.resolve(expected.getKey()).toString();
            List<String> lines = run.errLines().stream().filter(l -> l.startsWith(path + ": "))
                    .toList();
            assertEquals(1, lines.size(),
                    "one line for " + expected.getKey() + " in\n" + run.err());
            assertTrue(lines.get(0).contains(expected.getValue()), lines.get(0));
        }
        PixelAssertions.assertGrayOf(good, TestImages.read(out.resolve("good.png")));
        assertArrayEquals(taken, Files.readAllBytes(out.resolve("taken.png")),
                "an existing output is skipped, not reported and not replaced");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("good.png", "taken.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no output, empty or temporary file, for a bad input");
        }
    }

    @Test
    void outputEqualToTheInputIsRefused() throws IOException {
        byte[] png = TestImages.png(TestImages.random(10, 10, false, 4));
        Path input = Files.write(dir.resolve("same.png"), png);
        CliRun run = CliRun.of(input.toString(), "-o", input.toString(), "--overwrite",
                "--quiet");
        assertEquals(Cli.EXIT_FAILED, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("is the input itself"), run.err());
        assertArrayEquals(png, Files.readAllBytes(input));
    }

    @Test
    void maxPixelsRefusesLargerImages() throws IOException {
        Path input = Files.write(dir.resolve("big.png"),
                TestImages.png(TestImages.random(100, 50, false, 5)));
        CliRun run = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(),
                "--max-pixels", "4999", "--quiet");
        assertEquals(Cli.EXIT_FAILED, run.exit());
        assertTrue(run.err().contains("5000 pixels") && run.err().contains("--max-pixels"),
                run.err());
        assertTrue(Files.notExists(dir.resolve("out/big.png")));
    }
}
