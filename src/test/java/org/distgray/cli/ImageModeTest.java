package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.distgray.image.KernelChoice;
import org.distgray.testing.CliRun;
import org.distgray.testing.FileTree;
import org.distgray.testing.ReferenceImages;
import org.distgray.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole images converted on the executors: the output tree mirrors the input tree, every output
 * is bit for bit what the one-thread reference makes, and each image's record says which
 * executor and host converted it. {@code auto} takes this mode when images outnumber the cores.
 */
@ExtendWith(SharedSpark.class)
class ImageModeTest {
    private static final int IMAGES = 12;

    @TempDir
    Path dir;

    @Test
    void treeIsMirroredAndEveryOutputMatchesTheReference() throws IOException {
        Path in = dir.resolve("in");
        List<String> names = BatchTree.write(in, IMAGES);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of(in.toString(), "-o", out.toString(), "--mode", "images",
                "--metrics", dir.resolve("m/run.json").toString(), "--quiet");

        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        assertTrue(run.out().contains("12 of 12 images converted, 0 skipped, 0 failed"),
                run.out());
        assertTrue(run.out().contains("images mode"), run.out());
        assertEquals(names, FileTree.files(out), "same tree, same names, nothing else");
        for (String name : names) {
            ReferenceImages.assertConverted(in.resolve(name), out.resolve(name));
        }
        List<String> rows = Files.readAllLines(dir.resolve("m/run-images.csv"));
        assertEquals(IMAGES + 1, rows.size());
        for (String row : rows.subList(1, rows.size())) {
            assertTrue(row.contains(",converted,,driver,"), "local executor named in " + row);
            assertTrue(row.matches(".*,converted,,driver,[^,]+,\\d{13},\\d{13},.*"), row);
            assertTrue(row.endsWith("," + KernelChoice.name()), "kernel named in " + row);
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("m/run.json").toFile());
        assertEquals("images", json.get("mode").asText(), json.toString());
        assertEquals(1, json.get("executors").size(), json.toString());
        assertEquals(IMAGES, json.get("executors").get(0).get("units").asInt(),
                "one executor converted all 12: " + json);
        assertEquals(KernelChoice.name(), json.get("kernel").asText(), json.toString());
        assertTrue(run.out().contains("; kernel " + KernelChoice.name()), run.out());
    }

    @Test
    void autoTakesImagesOnlyWhenTheyOutnumberTheCores() throws IOException {
        Path in = dir.resolve("in");
        BatchTree.write(in, 3);
        CliRun many = CliRun.of(in.toString(), "-o", dir.resolve("many").toString(), "--quiet");
        assertEquals(Cli.EXIT_OK, many.exit(), many.err());
        assertTrue(many.out().contains("images mode"), "3 images on local[2]: " + many.out());

        CliRun few = CliRun.of(in.resolve("img000.png").toString(),
                in.resolve("trip/day1/img001.jpg").toString(), "-o",
                dir.resolve("few").toString(), "--quiet");
        assertEquals(Cli.EXIT_OK, few.exit(), few.err());
        assertTrue(few.out().contains("bands mode"), "2 images on local[2]: " + few.out());
    }
}
