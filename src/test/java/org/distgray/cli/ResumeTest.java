package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distgray.storage.AtomicWriter;
import org.distgray.testing.CliRun;
import org.distgray.testing.FileTree;
import org.distgray.testing.ReferenceImages;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rerun resumes: outputs that exist are skipped (atomic writes mean they are complete), the
 * missing ones are converted, temporary files of a killed run are removed; with
 * {@code --overwrite} everything is converted again. The same in both modes.
 */
@ExtendWith(SharedSpark.class)
class ResumeTest {
    private static final int IMAGES = 9;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--mode {0}")
    @ValueSource(strings = {"bands", "images"})
    void rerunConvertsOnlyWhatIsMissing(String mode) throws IOException {
        Path in = dir.resolve("in");
        List<String> names = BatchTree.write(in, IMAGES);
        Path out = dir.resolve("out");
        String[] args = {in.toString(), "-o", out.toString(), "--mode", mode, "--quiet"};
        assertEquals(Cli.EXIT_OK, CliRun.of(args).exit());

        Files.delete(out.resolve(names.get(0)));
        Files.delete(out.resolve(names.get(4)));
        Path kept = out.resolve(names.get(7));
        byte[] earlier = "written by an earlier run".getBytes(StandardCharsets.UTF_8);
        Files.write(kept, earlier);
        Path leftover = out.resolve(names.get(4)).resolveSibling(
                "." + out.resolve(names.get(4)).getFileName() + ".5e1f" + AtomicWriter.TEMP_SUFFIX);
        Files.write(leftover, new byte[] {1, 2, 3});

        CliRun resumed = CliRun.of(args);
        assertEquals(Cli.EXIT_OK, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("2 of 9 images converted, 7 skipped, 0 failed"),
                resumed.out());
        assertArrayEquals(earlier, Files.readAllBytes(kept), "an existing output is left alone");
        assertEquals(names, FileTree.files(out), "every output back, no temporary file");
        ReferenceImages.assertConverted(in.resolve(names.get(0)), out.resolve(names.get(0)));
        ReferenceImages.assertConverted(in.resolve(names.get(4)), out.resolve(names.get(4)));

        String[] again = {in.toString(), "-o", out.toString(), "--mode", mode, "--quiet",
            "--overwrite"};
        CliRun overwritten = CliRun.of(again);
        assertEquals(Cli.EXIT_OK, overwritten.exit(), overwritten.err());
        assertTrue(overwritten.out().contains("9 of 9 images converted, 0 skipped"),
                overwritten.out());
        for (String name : names) {
            ReferenceImages.assertConverted(in.resolve(name), out.resolve(name));
        }
    }
}
