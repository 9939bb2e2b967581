package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.distgray.run.ImageNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run writes (its output folder, its metrics files) is passed over by directory and glob
 * scans that reach it, and taken only when an argument points inside it.
 */
class InputScanOwnFilesTest {
    @TempDir
    Path dir;

    private OwnFiles own;

    @BeforeEach
    void files() throws IOException {
        for (String name : List.of("photos/a.jpg", "photos/trip/b.png", "photos/gray/a.jpg",
                "photos/gray/trip/b.png", "photos/gray-metrics.png", "photos/other/c.png")) {
            TempFiles.write(dir, name);
        }
        own = OwnFiles.of(List.of(TempFiles.hadoop(dir.resolve("photos/gray")),
                TempFiles.hadoop(dir.resolve("photos/gray-metrics.png"))), new Configuration());
    }

    private List<String> found(String argument) throws IOException {
        return InputScan.of(List.of(dir.resolve(argument).toString()), new Configuration(), own,
                        ImageNames.filter())
                .files().stream().map(f -> dir.relativize(Path.of(f.displayPath())).toString())
                .toList();
    }

    @Test
    void aDirectoryScanPassesOverTheOutputTreeAndTheMetrics() throws IOException {
        assertEquals(List.of("photos/a.jpg", "photos/other/c.png", "photos/trip/b.png"),
                found("photos"));
    }

    @Test
    void aGlobPassesOverThemToo() throws IOException {
        assertEquals(List.of("photos/a.jpg", "photos/other/c.png", "photos/trip/b.png"),
                found("photos/*"));
        assertEquals(List.of("photos/a.jpg"), found("photos/*.*"));
    }

    @Test
    void anArgumentInsideTheOutputTreeIsTaken() throws IOException {
        assertEquals(List.of("photos/gray/a.jpg", "photos/gray/trip/b.png"),
                found("photos/gray"));
        assertEquals(List.of("photos/gray/a.jpg"), found("photos/gray/*.jpg"));
        assertEquals(List.of("photos/gray-metrics.png"), found("photos/gray-metrics.png"));
    }
}
