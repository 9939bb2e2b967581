package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.distgray.testing.Script;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/notebook executes the performance notebook on the metrics and event logs of real runs,
 * one in band mode and one in image mode, and passes; the same files with one task record
 * missing, or a bench claiming super-linear speedup, make its consistency checks fail the
 * notebook. Skipped where Debian's python3 lacks the notebook's packages.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class NotebookScriptIT {
    private static final long TIMEOUT_MINUTES = 5;
    private static final String BENCH_HEADER = "workload,k,master,images,megapixels,wall_ms,"
            + "images_per_s,mp_per_s,speedup,efficiency,convert_ms,convert_speedup,"
            + "convert_efficiency\n";

    @TempDir
    Path dir;

    private Path bands;
    private Path images;
    private Path events;

    @BeforeEach
    void runBothModes() throws IOException, InterruptedException {
        assumeTrue(notebookToolsInstalled(), "Debian's python3 lacks python3-nbconvert, "
                + "python3-pandas, python3-matplotlib or python3-zstandard; skipped");
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.write(input.resolve("a.png"), TestImages.png(TestImages.structured(900, 600)));
        Files.write(input.resolve("b.jpg"), TestImages.jpeg(TestImages.random(700, 500, false, 3)));
        events = dir.resolve("events");
        bands = dir.resolve("bands.json");
        images = dir.resolve("images.json");
        convert("bands", bands, "--partitions", "5");
        convert("images", images);
    }

    private void convert(String mode, Path metrics, String... more)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(dir.resolve("in").toString(), "-o",
                dir.resolve("out-" + mode).toString(), "--mode", mode, "--quiet", "--master",
                "local[2]", "--metrics", metrics.toString()));
        args.addAll(List.of(more));
        Script.Result run = Script.run(dir.resolve("logs"),
                Map.of("DISTGRAY_EVENT_LOG_DIR", events.toString()), TIMEOUT_MINUTES, "distgray",
                args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
    }

    private Script.Result notebook(Path metrics, String benchRows)
            throws IOException, InterruptedException {
        Path bench = Files.writeString(dir.resolve("bench.csv"), BENCH_HEADER + benchRows);
        return Script.run(dir.resolve("logs"), Map.of(), TIMEOUT_MINUTES, "notebook",
                "--metrics", metrics + ":" + images, "--bench", bench.toString(),
                "--event-log", events.toString(), "--output-dir", dir.resolve("nb").toString());
    }

    private static String bench(String batchEfficiency) {
        return "batch,1,local[1],2,0.9,2000,1.00,0.5,1.000,1.000,,,\n"
                + "batch,2,local[2],2,0.9,1250,1.60,0.7,1.600," + batchEfficiency + ",,,\n"
                + "band,1,local[1],1,0.5,1000,1.00,0.5,1.000,1.000,800,1.000,1.000\n"
                + "band,2,local[2],1,0.5,700,1.43,0.8,1.429,0.714,500,1.600,0.800\n";
    }

    @Test
    void passesOnTheRunsAndFailsWhenTheyContradictEachOther()
            throws IOException, InterruptedException {
        Script.Result good = notebook(bands, bench("0.800"));
        assertEquals(0, good.exit(), good.err());
        String executed = Files.readString(dir.resolve("nb").resolve("performance.ipynb"));
        assertTrue(executed.contains("all 10 checks passed"), "the checks ran and passed");
        assertTrue(executed.contains("10 task records, 10 band tasks in the event log"),
                "2 images of 5 bands each, found again in Spark's event log");
        assertTrue(executed.contains("image/png"), "the plots are in the executed notebook");

        ObjectMapper json = new ObjectMapper();
        ObjectNode metrics = (ObjectNode) json.readTree(bands.toFile());
        ((ArrayNode) metrics.get("tasks")).remove(0);
        Path oneTaskLess = dir.resolve("one-task-less.json");
        json.writeValue(oneTaskLess.toFile(), metrics);
        Script.Result missing = notebook(oneTaskLess, bench("0.800"));
        assertNotEquals(0, missing.exit());
        assertTrue(missing.err().contains("consistency checks failed")
                && missing.err().contains("task count = band count (9 successful tasks, 10 bands)")
                && missing.err().contains("task count = event log"), missing.err());

        Script.Result superLinear = notebook(bands, bench("1.500"));
        assertNotEquals(0, superLinear.exit());
        assertTrue(superLinear.err().contains("bench batch, local: efficiency <= 1.1 "
                + "(highest efficiency 1.500)"), superLinear.err());
    }

    private static boolean notebookToolsInstalled() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/python3"))) {
            return false;
        }
        Process process = new ProcessBuilder("/usr/bin/python3", "-c",
                "import nbconvert, nbclient, ipykernel, pandas, matplotlib, zstandard")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("/usr/bin/python3 did not start within 60 s");
        }
        return process.exitValue() == 0;
    }
}
