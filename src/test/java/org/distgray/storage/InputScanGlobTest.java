package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.distgray.run.ImageNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A glob takes the files it matches and searches the directories it matches. */
class InputScanGlobTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        for (String name : List.of("g/one.png", "g/two.png", "g/three.jpg", "g/four.png",
                "g/shoot-1/a.png", "g/shoot-1/deep/b.jpeg", "g/shoot-2/c.png", "g/shoot-2/d.txt")) {
            TempFiles.write(dir, name);
        }
    }

    private List<String> matched(String pattern) throws IOException {
        InputScan scan = InputScan.of(List.of(dir.resolve("g") + "/" + pattern),
                new Configuration(), OwnFiles.none(), ImageNames.filter());
        assertTrue(scan.problems().isEmpty(), "no problems");
        assertFalse(scan.isSingleFile(), "a glob is never a single file");
        return scan.files().stream().map(f -> dir.resolve("g").relativize(
                Path.of(f.displayPath())) + " as " + f.relativePath()).toList();
    }

    @Test
    void starMatchesFilesByName() throws IOException {
        assertEquals(List.of("four.png as four.png", "one.png as one.png", "two.png as two.png"),
                matched("*.png"));
    }

    @Test
    void questionMarkAndAlternatives() throws IOException {
        assertEquals(List.of("one.png as one.png", "two.png as two.png"), matched("???.png"));
        assertEquals(List.of("one.png as one.png", "three.jpg as three.jpg"),
                matched("{one,three}.*"));
    }

    @Test
    void matchedDirectoriesAreSearchedRecursively() throws IOException {
        assertEquals(List.of("shoot-1/a.png as a.png", "shoot-1/deep/b.jpeg as deep/b.jpeg",
                "shoot-2/c.png as c.png"), matched("shoot-*"));
    }

    @Test
    void aGlobMatchingOneFileIsStillNotASingleFile() throws IOException {
        assertEquals(List.of("three.jpg as three.jpg"), matched("th*"));
    }
}
