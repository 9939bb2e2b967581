package org.distgray.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.distgray.run.ImageNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory is searched through every sub-folder for .jpg, .jpeg and .png files (any case),
 * hidden ones passed over, and listed in order of their path relative to the directory.
 */
class InputScanDirectoryTest {
    @TempDir
    Path dir;

    private InputScan scan(String argument) throws IOException {
        return InputScan.of(List.of(argument), new Configuration(), OwnFiles.none(),
                ImageNames.filter());
    }

    private static List<String> relativePaths(InputScan scan) {
        return scan.files().stream().map(InputFile::relativePath).toList();
    }

    @Test
    void findsImagesInEverySubFolderInOrder() throws IOException {
        List<String> images = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            images.add(String.format("%s/photo%02d.%s", i % 3 == 0 ? "sub/deeper" : "sub", i,
                    List.of("png", "jpg", "jpeg", "PNG", "JPG", "Jpeg").get(i % 6)));
            images.add(String.format("top%02d.png", i));
        }
        List<String> created = new ArrayList<>(images);
        Collections.shuffle(created, new Random(5));
        for (String relative : created) {
            TempFiles.write(dir, "in/" + relative);
        }
        Collections.sort(images);

        InputScan scan = scan(dir.resolve("in").toString());

        assertEquals(images, relativePaths(scan));
        assertTrue(scan.problems().isEmpty());
        assertFalse(scan.isSingleFile());
        for (InputFile file : scan.files()) {
            Path real = dir.resolve("in").resolve(file.relativePath());
            assertEquals(TempFiles.hadoop(real), file.path());
            assertEquals(real.toString(), file.displayPath());
            assertEquals(("in/" + file.relativePath()).length(), file.length());
        }
    }

    @Test
    void otherExtensionsAreLeftOut() throws IOException {
        for (String name : List.of("a.png", "b.gif", "c.bmp", "d.tiff", "e.webp", "notes.txt",
                "png", "f.png.bak", "g.jpg.txt", "README")) {
            TempFiles.write(dir, "in/" + name);
        }
        assertEquals(List.of("a.png"), relativePaths(scan(dir.resolve("in").toString())));
    }

    @Test
    void hiddenFilesAndFoldersArePassedOver() throws IOException {
        for (String name : List.of("shown.png", ".dot.png", "_underscore.png", ".cache/a.png",
                "_partial/b.png", "sub/.c.jpg", "sub/shown.jpg",
                ".shown.png.2f1c" + AtomicWriter.TEMP_SUFFIX)) {
            TempFiles.write(dir, "in/" + name);
        }
        assertEquals(List.of("shown.png", "sub/shown.jpg"),
                relativePaths(scan(dir.resolve("in").toString())));
    }

    @Test
    void hiddenDirectoryNamedAsTheArgumentIsStillSearched() throws IOException {
        TempFiles.write(dir, ".photos/a.png");
        assertEquals(List.of("a.png"), relativePaths(scan(dir.resolve(".photos").toString())));
    }

    @Test
    void uriSlashAndPlainSpellingsFindTheSame() throws IOException {
        TempFiles.write(dir, "in/a.png");
        TempFiles.write(dir, "in/sub/b.jpg");
        List<String> expected = List.of("a.png", "sub/b.jpg");
        assertEquals(expected, relativePaths(scan(dir.resolve("in").toString())));
        assertEquals(expected, relativePaths(scan(dir.resolve("in") + "/")));
        assertEquals(expected, relativePaths(scan(dir.resolve("in").toUri().toString())));
    }
}
