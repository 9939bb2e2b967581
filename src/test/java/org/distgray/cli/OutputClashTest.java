package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.distgray.testing.CliRun;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two inputs of one run that would write the same output: the first is converted, the second is
 * named with the reason and never written over the first, {@code --overwrite} or not, in either
 * mode. Output names are settled on the driver from the input names before anything is
 * converted, so what the files hold does not matter.
 */
@ExtendWith(SharedSpark.class)
class OutputClashTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "a.png holding {0}, --mode {1}")
    @CsvSource({
        "png,  bands",
        "jpeg, bands",
        "png,  images"})
    void secondInputIsReportedAndTheFirstOutputStands(String secondContent, String mode)
            throws IOException {
        String outputName = "a.png";
        Path in = Files.createDirectories(dir.resolve("shoot"));
        BufferedImage first = TestImages.random(30, 15, false, 7);
        BufferedImage second = TestImages.random(20, 10, false, 6);
        Files.write(in.resolve("a.jpg"), TestImages.jpeg(first));
        Files.write(in.resolve("a.png"), secondContent.equals("png") ? TestImages.png(second)
                : TestImages.jpeg(second));
        Path out = dir.resolve("out");

        for (boolean overwrite : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(List.of(in.toString(), "-o", out.toString(),
                    "--format", "png", "--mode", mode, "--quiet"));
            if (overwrite) {
                args.add("--overwrite");
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String which = overwrite ? " (rerun with --overwrite)" : "";
            assertEquals(Cli.EXIT_FAILED, run.exit(), run.err() + which);
            assertEquals(1, run.errLines().size(), run.err() + which);
            assertTrue(run.err().startsWith(in.resolve("a.png") + ": same output "
                    + out.resolve(outputName) + " as " + in.resolve("a.jpg")), run.err() + which);
            assertEquals(30, TestImages.read(out.resolve(outputName)).getWidth(),
                    "the first input's output stands" + which);
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(outputName), files.map(p -> p.getFileName().toString())
                        .toList(), "one output, no temporary file" + which);
            }
        }
    }
}
