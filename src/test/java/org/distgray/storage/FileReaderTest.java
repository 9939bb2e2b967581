package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole input file is read byte for byte; a missing one is reported as missing. */
class FileReaderTest {
    @TempDir
    Path dir;

    private final FileReader reader = new FileReader(new Configuration());

    @Test
    void readsEveryByte() throws IOException {
        byte[] bytes = new byte[5 << 20];
        new Random(1).nextBytes(bytes);
        Path file = TempFiles.write(dir, "big.jpg", bytes);
        assertArrayEquals(bytes, reader.readAll(TempFiles.hadoop(file)));
    }

    @Test
    void emptyFileIsNoBytes() throws IOException {
        Path file = TempFiles.write(dir, "empty.png", new byte[0]);
        assertEquals(0, reader.readAll(TempFiles.hadoop(file)).length);
    }

    @Test
    void missingFileIsNamedAsMissing() {
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> reader.readAll(TempFiles.hadoop(dir.resolve("missing.jpg"))));
        assertEquals("no such file", e.getMessage());
    }
}
