package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.distgray.run.ImageNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named on its own is taken whatever its name, and only exactly one such file makes the
 * inputs a single file, for which OUTPUT may be a file name.
 */
class InputScanSingleFileTest {
    @TempDir
    Path dir;

    private InputScan scan(String... arguments) throws IOException {
        return InputScan.of(List.of(arguments), new Configuration(), OwnFiles.none(),
                ImageNames.filter());
    }

    @Test
    void oneNamedFileWhateverItsName() throws IOException {
        for (String name : List.of("photo.png", "scan.JPEG", "notes.txt", ".hidden.png", "raw")) {
            Path file = TempFiles.write(dir, "in/" + name);
            InputScan scan = scan(file.toString());
            assertTrue(scan.isSingleFile(), name);
            assertEquals(1, scan.files().size(), name);
            assertEquals(name, scan.files().get(0).relativePath());
            assertEquals(file.toString(), scan.files().get(0).displayPath());
            assertTrue(scan.problems().isEmpty(), name);
        }
    }

    @Test
    void fileInASubFolderIsNamedByItsFileNameAlone() throws IOException {
        Path file = TempFiles.write(dir, "in/a/b/c.jpg");
        assertEquals("c.jpg", scan(file.toString()).files().get(0).relativePath());
    }

    @Test
    void directoryHoldingOneImageIsNot() throws IOException {
        TempFiles.write(dir, "in/only.png");
        InputScan scan = scan(dir.resolve("in").toString());
        assertEquals(1, scan.files().size());
        assertFalse(scan.isSingleFile());
    }

    @Test
    void twoFilesAreNot() throws IOException {
        Path a = TempFiles.write(dir, "a.png");
        Path b = TempFiles.write(dir, "b.png");
        assertFalse(scan(a.toString(), b.toString()).isSingleFile());
    }

    @Test
    void oneFileBesideAMissingOneIsNot() throws IOException {
        Path a = TempFiles.write(dir, "a.png");
        InputScan scan = scan(a.toString(), dir.resolve("missing.png").toString());
        assertEquals(1, scan.files().size());
        assertFalse(scan.isSingleFile());
    }

    @Test
    void missingFileIsNot() throws IOException {
        assertFalse(scan(dir.resolve("missing.png").toString()).isSingleFile());
    }
}
