package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.distgray.testing.CliRun;
import org.distgray.testing.FileTree;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The most common layout, {@code photos/ -o photos/gray/}: what distgray wrote (the output tree,
 * the metrics files) is never taken as an input, so a rerun skips the outputs it finds and
 * converts nothing new, instead of converting them again one level deeper.
 */
@ExtendWith(SharedSpark.class)
class OutputInsideInputTest {
    private static final int IMAGES = 3;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "input {0}, --mode {1}")
    @CsvSource({"photos, bands", "photos, images", "photos/*, bands", "photos/*, images"})
    void rerunSkipsTheOutputsAndGoesNoDeeper(String input, String mode) throws IOException {
        Path photos = dir.resolve("photos");
        List<String> names = BatchTree.write(photos, IMAGES);
        Path gray = photos.resolve("gray");
        String[] args = {dir.resolve(input).toString(), "-o", gray + "/", "--mode", mode,
            "--quiet"};

        CliRun first = CliRun.of(args);
        assertEquals(Cli.EXIT_OK, first.exit(), first.err());
        assertTrue(first.out().contains("3 of 3 images converted, 0 skipped"), first.out());
        List<String> written = FileTree.files(gray);
        assertEquals(IMAGES, written.size(), written::toString);
        byte[] firstOutput = Files.readAllBytes(gray.resolve(written.get(0)));

        CliRun second = CliRun.of(args);
        assertEquals(Cli.EXIT_OK, second.exit(), second.err());
        assertTrue(second.out().contains("0 of 3 images converted, 3 skipped, 0 failed"),
                second.out());
        assertEquals(written, FileTree.files(gray), "no gray/gray, no stray file");
        assertArrayEquals(firstOutput, Files.readAllBytes(gray.resolve(written.get(0))));
        assertEquals(names, FileTree.files(photos).stream()
                .filter(name -> !name.startsWith("gray/")).toList(), "the inputs as they were");
    }

    @Test
    void metricsFilesAreNeverInputs() throws IOException {
        Path photos = dir.resolve("photos");
        List<String> names = BatchTree.write(photos, IMAGES);
        Path metrics = photos.resolve("run-metrics.png");
        String[] args = {photos.toString(), "-o", dir.resolve("gray").toString(),
            "--metrics", metrics.toString(), "--quiet"};

        assertEquals(Cli.EXIT_OK, CliRun.of(args).exit());
        CliRun second = CliRun.of(args);

        assertEquals(Cli.EXIT_OK, second.exit(), second.err());
        assertTrue(second.out().contains("0 of 3 images converted, 3 skipped, 0 failed"),
                second.out());
        List<String> written = new ArrayList<>(names);
        written.addAll(List.of("run-metrics.png", "run-metrics.png-images.csv",
                "run-metrics.png-tasks.csv"));
        assertEquals(written.stream().sorted().toList(), FileTree.files(photos));
        assertTrue(Files.readString(metrics).startsWith("{"), "the metrics are JSON");
    }
}
