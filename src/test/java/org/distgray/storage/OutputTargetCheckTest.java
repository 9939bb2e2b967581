package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before any work is spent on an image, its output is refused when it exists (unless overwriting),
 * is a directory, or is the input itself.
 */
class OutputTargetCheckTest {
    @TempDir
    Path dir;

    private final AtomicWriter writer = new AtomicWriter(new Configuration());

    private void assertConflict(org.apache.hadoop.fs.Path target, org.apache.hadoop.fs.Path input,
            boolean overwrite, String expectedWords) {
        OutputConflictException e = assertThrows(OutputConflictException.class,
                () -> writer.checkTarget(target, input, overwrite));
        assertTrue(e.getMessage().contains(expectedWords),
                "'" + e.getMessage() + "' should mention '" + expectedWords + "'");
    }

    @Test
    void newTargetIsAccepted() throws IOException {
        Path input = TempFiles.write(dir, "in/a.png");
        assertDoesNotThrow(() -> writer.checkTarget(TempFiles.hadoop(dir.resolve("out/a.png")),
                TempFiles.hadoop(input), false));
    }

    @Test
    void existingTargetNeedsOverwrite() throws IOException {
        Path input = TempFiles.write(dir, "in/a.png");
        Path target = TempFiles.write(dir, "out/a.png");
        assertConflict(TempFiles.hadoop(target), TempFiles.hadoop(input), false, "--overwrite");
        assertDoesNotThrow(() -> writer.checkTarget(TempFiles.hadoop(target),
                TempFiles.hadoop(input), true));
    }

    @Test
    void inputItselfIsRefusedEvenWithOverwrite() throws IOException {
        Path input = TempFiles.write(dir, "in/a.png");
        assertConflict(TempFiles.hadoop(input), TempFiles.hadoop(input), true,
                "is the input itself");
    }

    @Test
    void inputSpelledAnotherWayIsStillTheInput() throws IOException {
        Path input = TempFiles.write(dir, "in/a.png");
        org.apache.hadoop.fs.Path plain = new org.apache.hadoop.fs.Path(
                dir.resolve("in/sub/../a.png").toString());
        Files.createDirectories(dir.resolve("in/sub"));
        assertConflict(plain, TempFiles.hadoop(input), true, "is the input itself");
    }

    @Test
    void directoryIsRefusedEvenWithOverwrite() throws IOException {
        Path input = TempFiles.write(dir, "in/a.png");
        Path folder = Files.createDirectories(dir.resolve("out/a.png"));
        assertConflict(TempFiles.hadoop(folder), TempFiles.hadoop(input), true, "is a directory");
    }
}
