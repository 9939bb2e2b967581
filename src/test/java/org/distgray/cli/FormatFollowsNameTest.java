package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distgray.testing.CliRun;
import org.distgray.testing.FileTree;
import org.distgray.testing.ReferenceImages;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --format same} an output keeps the format its input's name says, whatever the
 * bytes hold: output names are settled before any file is read, and a file named .png comes
 * out as the PNG its name promises. A file named outright without such a name is judged by its
 * first bytes.
 */
@ExtendWith(SharedSpark.class)
class FormatFollowsNameTest {
    @TempDir
    Path dir;

    @Test
    void jpegNamedPngBecomesAPng() throws IOException {
        BufferedImage picture = TestImages.random(24, 16, false, 9);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("photo.png"), TestImages.jpeg(picture));

        CliRun run = CliRun.of(in.toString(), "-o", dir.resolve("out").toString(), "--quiet");

        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        assertEquals(List.of("photo.png"), FileTree.files(dir.resolve("out")));
        ReferenceImages.assertConverted(in.resolve("photo.png"), dir.resolve("out/photo.png"));
    }

    @Test
    void fileWithoutAnImageNameIsJudgedByItsFirstBytes() throws IOException {
        Path picture = Files.write(dir.resolve("scan-0001"),
                TestImages.png(TestImages.random(20, 12, false, 3)));
        Path text = Files.write(dir.resolve("notes"), "not a picture".getBytes());

        CliRun run = CliRun.of(picture.toString(), text.toString(), "-o",
                dir.resolve("out").toString(), "--quiet");

        assertEquals(Cli.EXIT_FAILED, run.exit());
        assertEquals(List.of(text + ": not a JPEG or PNG image (unrecognised content)"),
                run.errLines());
        assertEquals(List.of("scan-0001.png"), FileTree.files(dir.resolve("out")));
        ReferenceImages.assertConverted(picture, dir.resolve("out/scan-0001.png"));
    }
}
