package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output appears whole under its name or not at all: the bytes go to a hidden temporary file
 * that is renamed into place, and a failed write leaves neither behind.
 */
class AtomicWriteTest {
    @TempDir
    Path dir;

    private final AtomicWriter writer = new AtomicWriter(new Configuration());

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void targetAppearsOnlyOnceComplete() throws Exception {
        Path target = dir.resolve("out/gray.png");
        byte[] bytes = randomBytes(3 << 20);
        long written = writer.write(TempFiles.hadoop(target), false, out -> {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            assertFalse(Files.exists(target), "target exists while being written");
            List<String> names = TempFiles.namesIn(target.getParent());
            assertEquals(1, names.size(), "one temporary file: " + names);
            assertTrue(names.get(0).startsWith(".gray.png."), names.get(0));
            assertTrue(names.get(0).endsWith(AtomicWriter.TEMP_SUFFIX), names.get(0));
            out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        });
        assertEquals(bytes.length, written);
        assertArrayEquals(bytes, Files.readAllBytes(target));
        assertEquals(List.of("gray.png"), TempFiles.namesIn(target.getParent()));
    }

    @Test
    void missingFoldersAreCreated() throws Exception {
        Path target = dir.resolve("a/b/c/gray.png");
        writer.write(TempFiles.hadoop(target), false, out -> out.write(7));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
    }

    @Test
    void failedBodyLeavesNothing() throws IOException {
        Path target = dir.resolve("gray.png");
        IOException failure = new IOException("disk full");
        WriteFailedException thrown = assertThrows(WriteFailedException.class,
                () -> writer.write(TempFiles.hadoop(target), false, out -> {
                    out.write(randomBytes(100_000));
                    throw failure;
                }));
        assertSame(failure, thrown.getCause());
        assertEquals("cannot write " + TempFiles.hadoop(target) + ": disk full",
                thrown.getMessage());
        assertEquals(List.of(), TempFiles.namesIn(dir));
    }

    @Test
    void bodyThrowingUncheckedLeavesNothing() throws IOException {
        Path target = dir.resolve("gray.png");
        assertThrows(UncheckedIOException.class,
                () -> writer.write(TempFiles.hadoop(target), true, out -> {
                    out.write(randomBytes(100_000));
                    throw new UncheckedIOException(new IOException("encoder failed"));
                }));
        assertEquals(List.of(), TempFiles.namesIn(dir));
    }

    @Test
    void existingTargetIsLeftAloneWithoutOverwrite() throws IOException {
        Path target = TempFiles.write(dir, "gray.png", "old".getBytes(StandardCharsets.UTF_8));
        assertThrows(OutputConflictException.class,
                () -> writer.write(TempFiles.hadoop(target), false, out -> out.write(1)));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("gray.png"), TempFiles.namesIn(dir));
    }

    @Test
    void overwriteReplacesTheTarget() throws Exception {
        Path target = TempFiles.write(dir, "gray.png", randomBytes(500_000));
        byte[] bytes = randomBytes(1000);
        writer.write(TempFiles.hadoop(target), true, out -> out.write(bytes));
        assertArrayEquals(bytes, Files.readAllBytes(target));
        assertEquals(List.of("gray.png"), TempFiles.namesIn(dir));
    }
}
