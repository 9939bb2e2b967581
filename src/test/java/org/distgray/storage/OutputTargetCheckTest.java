package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before any work is spent on an image, its output is looked up: an existing file is reported (a
 * rerun skips that input), a directory or the input itself is refused.
 */
class OutputTargetCheckTest {
    @TempDir
    Path dir;

    private final AtomicWriter writer = new AtomicWriter(new Configuration());

    private void assertConflict(org.apache.hadoop.fs.Path target, org.apache.hadoop.fs.Path input,
            String expectedWords) {
        OutputConflictException e = assertThrows(OutputConflictException.class,
                () -> writer.exists(target, input));
        assertTrue(e.getMessage().contains(expectedWords),
                "'" + e.getMessage() + "' should mention '" + expectedWords + "'");
    }

    @Test
    void newTargetDoesNotExist() throws Exception {
        Path input = TempFiles.write(dir, "in/a.png");
        assertFalse(writer.exists(TempFiles.hadoop(dir.resolve("out/a.png")),
                TempFiles.hadoop(input)));
    }

    @Test
    void existingTargetIsReported() throws Exception {
        Path input = TempFiles.write(dir, "in/a.png");
        Path target = TempFiles.write(dir, "out/a.png");
        assertTrue(writer.exists(TempFiles.hadoop(target), TempFiles.hadoop(input)));
    }

    @Test
    void inputItselfIsRefusedEvenWithOverwrite() throws IOException {
        Path input = TempFiles.write(dir, "in/a.png");
        assertConflict(TempFiles.hadoop(input), TempFiles.hadoop(input),
                "is the input itself");
    }

    @Test
    void inputSpelledAnotherWayIsStillTheInput() throws IOException {
        Path input = TempFiles.write(dir, "in/a.png");
        org.apache.hadoop.fs.Path plain = new org.apache.hadoop.fs.Path(
                dir.resolve("in/sub/../a.png").toString());
        Files.createDirectories(dir.resolve("in/sub"));
        assertConflict(plain, TempFiles.hadoop(input), "is the input itself");
    }

    @Test
    void directoryIsRefusedEvenWithOverwrite() throws IOException {
        Path input = TempFiles.write(dir, "in/a.png");
        Path folder = Files.createDirectories(dir.resolve("out/a.png"));
        assertConflict(TempFiles.hadoop(folder), TempFiles.hadoop(input), "is a directory");
    }
}
