package org.distgray.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.distgray.cli.Cli;
import org.distgray.testing.FileTree;
import org.distgray.testing.Script;
import org.distgray.testing.StandaloneCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster whose only Worker offers 1 GB while the run asks for 2 GB executors: Spark would wait
 * forever for resources ("Initial job has not accepted any resources"). distgray gives up after
 * {@code spark.distgray.executor.wait}, says why in one line, and ends with its table and status 1;
 * in image mode too, where the one job of the batch fails, every input with it.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class NoExecutorIT {
    @TempDir
    Path dir;

    @Test
    void aJobNoWorkerCanRunEndsWithOneLine() throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"), 1)) {
            Script.Result run = Script.run(dir.resolve("logs"), cluster.env(), 4, "distgray",
                    "--master", cluster.masterUrl(), "--conf", "spark.executor.memory=2g",
                    "--conf", "spark.distgray.executor.wait=15s", "--quiet",
                    "data/summer_1am_2560.jpg", "-o", out.toString());

            assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
            List<String> lines = run.err().lines()
                    .filter(l -> l.startsWith("distgray: no executor joined")).toList();
            assertEquals(1, lines.size(), run.err());
            assertTrue(lines.get(0).contains("in 15 s"), lines.get(0));
            assertTrue(lines.get(0).contains("spark.executor.memory 2g"), lines.get(0));
            assertTrue(run.out().contains("0 of 1 images converted, 0 skipped, 1 failed"),
                    run.out());
            assertFalse(Files.exists(out.resolve("summer_1am_2560.jpg")));
        }
    }

    @Test
    void aBatchNoWorkerCanRunEndsWithItsTable() throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"), 1)) {
            Script.Result run = Script.run(dir.resolve("logs"), cluster.env(), 4, "distgray",
                    "--master", cluster.masterUrl(), "--conf", "spark.executor.memory=2g",
                    "--conf", "spark.distgray.executor.wait=15s", "--quiet", "--mode", "images",
                    "--metrics", dir.resolve("metrics/run.json").toString(), "data/", "-o",
                    out.toString());

            assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
            assertEquals(1, run.err().lines()
                    .filter(l -> l.startsWith("distgray: no executor joined")).count(), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertTrue(run.out().contains("0 of 4 images converted, 0 skipped, 4 failed"),
                    run.out());
            List<String> images = Files.readAllLines(dir.resolve("metrics/run-images.csv"));
            assertEquals(5, images.size(), String.join("\n", images));
            assertTrue(images.stream().skip(1).allMatch(l -> l.contains(",failed,conversion"
                    + " failed: ")), String.join("\n", images));
            assertEquals(List.of(), FileTree.files(out));
        }
    }
}
