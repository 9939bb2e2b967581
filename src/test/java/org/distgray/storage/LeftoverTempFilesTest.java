package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed mid-write leaves a hidden temporary file; the next run removes exactly those and
 * nothing else, so a resumed batch ends with no stray file.
 */
class LeftoverTempFilesTest {
    @TempDir
    Path dir;

    private final AtomicWriter writer = new AtomicWriter(new Configuration());

    @Test
    void onlyTemporaryFilesOfWritesAreRemoved() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(out.resolve(".a.png.0b6c" + AtomicWriter.TEMP_SUFFIX), new byte[] {1});
        Files.write(out.resolve(".b.jpg.77e1" + AtomicWriter.TEMP_SUFFIX), new byte[0]);
        Files.write(out.resolve("a.png"), new byte[] {2});
        Files.write(out.resolve(".hidden"), new byte[] {3});
        Files.write(out.resolve("c" + AtomicWriter.TEMP_SUFFIX), new byte[] {4});
        Files.createDirectories(out.resolve(".d" + AtomicWriter.TEMP_SUFFIX));

        assertEquals(2, writer.removeLeftovers(TempFiles.hadoop(out)));

        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(".d" + AtomicWriter.TEMP_SUFFIX, ".hidden", "a.png",
                    "c" + AtomicWriter.TEMP_SUFFIX),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void missingFolderHasNone() throws IOException {
        assertEquals(0, writer.removeLeftovers(TempFiles.hadoop(dir.resolve("not-yet"))));
    }
}
