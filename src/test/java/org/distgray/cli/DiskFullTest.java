package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distgray.testing.CliRun;
import org.distgray.testing.FileTree;
import org.distgray.testing.ReferenceImages;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.distgray.testing.TmpfsMount;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Converting into a 1 MB tmpfs: the two outputs that do not fit (noise, which no deflate
 * shrinks) are each one line {@code path: no space left on device ...}, the run still tries the
 * small one, ends with its table and exit 1, and leaves no partial or temporary file; once the
 * file system is given room, the same command resumes and converts what is missing.
 */
@ExtendWith(SharedSpark.class)
class DiskFullTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "--mode {0}")
    @ValueSource(strings = {"bands", "images"})
    void eachOutputThatDoesNotFitFailsAloneAndARerunResumes(String mode) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("big1.png"),
                TestImages.png(TestImages.random(1200, 1000, false, 1)));
        Files.write(in.resolve("big2.png"),
                TestImages.png(TestImages.random(1000, 1200, false, 2)));
        Files.write(in.resolve("small.jpg"), TestImages.jpeg(TestImages.structured(64, 48)));
        List<String> names = List.of("big1.png", "big2.png", "small.jpg");
        Path out = dir.resolve("out");
        String[] args = {in.toString(), "-o", out.toString(), "--mode", mode, "--quiet"};

        try (TmpfsMount full = TmpfsMount.of(out, "1m")) {
            CliRun run = CliRun.of(args);

            assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
            List<String> failures = run.errLines();
            for (String big : List.of("big1.png", "big2.png")) {
                assertTrue(failures.stream().anyMatch(l -> l.startsWith(in.resolve(big)
                        + ": no space left on device writing ")), String.join("\n", failures));
            }
            for (String line : failures) {
                assertTrue(line.matches(".+: no space left on device writing \\S+; .+"), line);
            }
            Matcher counts = Pattern.compile("(\\d+) of 3 images converted, 0 skipped, (\\d+)"
                    + " failed").matcher(run.out());
            assertTrue(counts.find(), run.out());
            assertEquals(failures.size(), Integer.parseInt(counts.group(2)), run.out());
            assertEquals(3, Integer.parseInt(counts.group(1)) + failures.size(), run.out());
            assertTrue(run.out().contains("phase"), "the table is printed: " + run.out());
            List<String> written = FileTree.files(out);
            assertEquals(3 - failures.size(), written.size(), "only whole outputs: " + written);
            for (String name : written) {
                assertTrue(names.contains(name), "no temporary or empty file: " + written);
                ReferenceImages.assertConverted(in.resolve(name), out.resolve(name));
            }

            full.resize("64m");
            CliRun resumed = CliRun.of(args);

            assertEquals(Cli.EXIT_OK, resumed.exit(), resumed.err());
            assertTrue(resumed.out().contains(failures.size() + " of 3 images converted, "
                    + written.size() + " skipped, 0 failed"), resumed.out());
            assertEquals(names, FileTree.files(out));
            for (String name : names) {
                ReferenceImages.assertConverted(in.resolve(name), out.resolve(name));
            }
        }
    }
}
