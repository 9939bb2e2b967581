package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.distgray.testing.PixelAssertions;
import org.distgray.testing.Script;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/distgray as a user runs it: a separate process through Spark's SparkSubmit, on the
 * packaged jar and classpath. Runs after {@code mvn package}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SubmitScriptIT {
    private static final long TIMEOUT_MINUTES = 3;

    @TempDir
    Path dir;

    private Script.Result submit(String... args) throws IOException, InterruptedException {
        return Script.run(dir.resolve("logs"), Map.of(), TIMEOUT_MINUTES, "distgray", args);
    }

    @Test
    void convertsTheSampleAndNamesTheBadFile() throws IOException, InterruptedException {
        Path bad = Files.write(dir.resolve("broken.jpg"), "not a picture".getBytes());
        Path output = dir.resolve("out");
        Script.Result run = submit("data/summer_1am_2560.jpg", bad.toString(), "-o",
                output.toString(),
                "--format", "png", "--quiet", "--partitions", "7");

        assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
        List<String> badLines = run.err().lines()
                .filter(l -> l.startsWith(bad.toString() + ": ")).toList();
        assertEquals(1, badLines.size(), run.err());
        assertTrue(badLines.get(0).contains("not a JPEG or PNG"), badLines.get(0));
        assertTrue(run.out().contains("1 of 2 images converted"), run.out());
        assertTrue(run.out().contains("distribute + convert"), run.out());
        PixelAssertions.assertGrayOf(TestImages.read(Path.of("data/summer_1am_2560.jpg")),
                TestImages.read(output.resolve("summer_1am_2560.png")));
        assertTrue(Files.notExists(output.resolve("broken.png")));
    }

    /** With nothing to convert, the reason is all there is: no error logged by Spark. */
    @Test
    void aRunWithNothingToConvertSaysOnlyWhy() throws IOException, InterruptedException {
        Path missing = dir.resolve("missing.png");
        Script.Result run = submit(missing.toString(), "-o", dir.resolve("out").toString(),
                "--quiet");
        assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
        assertEquals(List.of(missing + ": no such file or directory"), run.err().lines()
                .filter(line -> !line.isBlank()).toList(), run.err());
    }

    @Test
    void usageErrorExitsTwoWithoutAStackTrace() throws IOException, InterruptedException {
        Script.Result run = submit("data/summer_1am_2560.jpg", "-o", dir.toString(),
                "--quality", "500");
        assertEquals(Cli.EXIT_USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("--quality must be between 1 and 100"), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace:\n" + run.err());
    }
}
