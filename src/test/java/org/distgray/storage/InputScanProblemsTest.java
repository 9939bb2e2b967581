package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.distgray.run.ImageNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An argument that names nothing to convert becomes a problem with a reason the user can act on,
 * and the other arguments are still scanned.
 */
class InputScanProblemsTest {
    @TempDir
    Path dir;

    private void assertProblem(String argument, String reason) throws IOException {
        Path good = TempFiles.write(dir, "good/a.png");
        InputScan scan = InputScan.of(List.of(argument, good.toString()), new Configuration(),
                OwnFiles.none(), ImageNames.filter());
        assertEquals(1, scan.problems().size(), "problems");
        assertEquals(argument, scan.problems().get(0).argument());
        assertEquals(reason, scan.problems().get(0).reason());
        assertEquals(List.of("a.png"), scan.files().stream().map(InputFile::relativePath).toList());
    }

    @Test
    void missingFile() throws IOException {
        assertProblem(dir.resolve("missing.jpg").toString(), "no such file or directory");
    }

    @Test
    void missingFolderInAUri() throws IOException {
        assertProblem(dir.resolve("nowhere").toUri() + "/x.png", "no such file or directory");
    }

    @Test
    void globMatchingNothing() throws IOException {
        assertProblem(dir.resolve("nothing-*.png").toString(), "no file matches this pattern");
    }

    @Test
    void emptyDirectory() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertProblem(empty.toString(), "no .jpg, .jpeg or .png files in this directory");
    }

    @Test
    void directoryWithoutImages() throws IOException {
        TempFiles.write(dir, "docs/notes.txt");
        TempFiles.write(dir, "docs/.hidden.png");
        assertProblem(dir.resolve("docs").toString(),
                "no .jpg, .jpeg or .png files in this directory");
    }

    @Test
    void globMatchingOnlyDirectoriesWithoutImages() throws IOException {
        TempFiles.write(dir, "shoot-1/notes.txt");
        Files.createDirectories(dir.resolve("shoot-2"));
        assertProblem(dir.resolve("shoot-*").toString(),
                "no .jpg, .jpeg or .png files match this pattern");
    }

    @Test
    void globMatchingOnlyOtherFiles() throws IOException {
        TempFiles.write(dir, "in/notes.txt");
        TempFiles.write(dir, "in/.a.png.1234.distgray-tmp");
        TempFiles.write(dir, "in/.hidden.png");
        assertProblem(dir.resolve("in").toString() + "/*",
                "no .jpg, .jpeg or .png files match this pattern");
    }
}
