package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.distgray.testing.FileTree;
import org.distgray.testing.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/bench --compare times distgray beside libvips (and the other tools installed) on the
 * same inputs and writes one CSV/JSON row per tool, workload and run plus the medians; and bench
 * empties a --dir only when it made it. Only the shape and the presence of times are checked:
 * speed is measured by the command, never asserted.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BenchCompareScriptIT {
    private static final String COLUMNS =
            "workload,tool,run,images,megapixels,job_ms,process_ms,job_ratio,process_ratio";

    @TempDir
    Path dir;

    @Test
    void timesDistgrayAndLibvipsOnTheSameInputsAndWritesRunsAndMedians()
            throws IOException, InterruptedException {
        Path bench = dir.resolve("compare");
        Script.Result run = Script.run(dir.resolve("logs"), Map.of(), 8, "bench", "--compare",
                "--runs", "1", "--images", "4", "--workloads", "png,batch", "--input",
                "data/summer_1am_2560.jpg", "--dir", bench.toString());
        assertEquals(0, run.exit(), run.err());

        List<String> csv = Files.readAllLines(bench.resolve("compare.csv"));
        assertEquals(COLUMNS, csv.get(0));
        assertPositiveTimes(row(csv, "png,distgray,1,1,4.1,"), true);
        assertPositiveTimes(row(csv, "batch,distgray,1,4,37.7,"), true);
        assertTrue(row(csv, "batch,distgray,median,4,37.7,").endsWith(",,"), "no ratio to itself");
        JsonNode json = new ObjectMapper().readTree(bench.resolve("compare.json").toFile());
        JsonNode batchRun = element(json.get("runs"), "workload", "batch", "tool", "distgray");
        assertEquals(1, batchRun.get("run").asInt(), batchRun.toString());
        assertEquals(4, batchRun.get("images").asInt(), batchRun.toString());
        assertEquals(37.7, batchRun.get("megapixels").asDouble(), 1e-9, batchRun.toString());
        assertTrue(batchRun.get("job_ms").asLong() > 0, batchRun.toString());
        assertEquals("median", element(json.get("medians"), "workload", "batch", "tool",
                "distgray").get("run").asText(), json.toString());
        assertTrue(run.out().contains("P1 png"), run.out());
        assertTrue(run.out().contains("P2 batch"), run.out());
        assertTrue(Files.exists(bench.resolve(".distgray-bench")), "marks the folder as its own");

        assumeTrue(onPath("vips"), "libvips (vips, Debian libvips-tools) is not installed");
        assertPositiveTimes(row(csv, "png,vips,1,1,4.1,"), false);
        assertPositiveTimes(row(csv, "batch,vips,1,4,37.7,"), false);
        assertTrue(row(csv, "batch,vips,median,").matches(".*,\\d+\\.\\d{3},\\d+\\.\\d{3}"),
                "distgray / vips ratios of job and whole process");
        assertEquals("batch", element(json.get("targets"), "target", "P2", "peer", "vips")
                .get("workload").asText(), json.toString());
        assertTrue(run.out().matches("(?s).*P2 batch .* (met|missed)\\n.*"), run.out());
    }

    @Test
    void refusesAFolderThatHoldsFilesItDidNotMake() throws IOException, InterruptedException {
        Path mine = Files.createDirectories(dir.resolve("photos/album"));
        Files.writeString(mine.resolve("keep.txt"), "mine");
        Script.Result run = Script.run(dir.resolve("logs"), Map.of(), 2, "bench", "--compare",
                "--dir", dir.resolve("photos").toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("photos: not empty and not made by bench"), run.err());
        assertEquals(List.of("album/keep.txt"), FileTree.files(dir.resolve("photos")));
        assertEquals("mine", Files.readString(mine.resolve("keep.txt")));
    }

    @Test
    void reusesAFolderItMadeAndEmptiesItFirst() throws IOException, InterruptedException {
        Path bench = Files.createDirectories(dir.resolve("earlier"));
        Files.createFile(bench.resolve(".distgray-bench"));
        Files.writeString(bench.resolve("old-run.csv"), "stale");
        Script.Result run = Script.run(dir.resolve("logs"), Map.of(), 5, "bench", "--compare",
                "--runs", "1", "--workloads", "jpeg", "--input", "data/summer_1am_2560.jpg",
                "--dir", bench.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(bench.resolve("old-run.csv")), "emptied before the run");
        assertTrue(Files.exists(bench.resolve(".distgray-bench")));
        List<String> csv = Files.readAllLines(bench.resolve("compare.csv"));
        assertPositiveTimes(row(csv, "jpeg,distgray,1,1,4.1,"), true);
        assertTrue(Files.exists(bench.resolve("compare.json")));
    }

    /** The one element of the JSON array {@code rows} with the two given field values. */
    private static JsonNode element(JsonNode rows, String key, String value, String key2,
            String value2) {
        List<JsonNode> found = new ArrayList<>();
        rows.forEach(row -> {
            if (value.equals(row.path(key).asText()) && value2.equals(row.path(key2).asText())) {
                found.add(row);
            }
        });
        assertEquals(1, found.size(), key + "=" + value + ", " + key2 + "=" + value2 + " in "
                + rows);
        return found.get(0);
    }

    /** The one row of {@code csv} that starts with {@code prefix}. */
    private static String row(List<String> csv, String prefix) {
        List<String> rows = csv.stream().filter(line -> line.startsWith(prefix)).toList();
        assertEquals(1, rows.size(), prefix + " in\n" + String.join("\n", csv));
        return rows.get(0);
    }

    /** Whole-process time positive, and job time positive for distgray, absent for the others. */
    private static void assertPositiveTimes(String row, boolean hasJob) {
        String[] cells = row.split(",", -1);
        assertTrue(Long.parseLong(cells[6]) > 0, row);
        if (hasJob) {
            assertTrue(Long.parseLong(cells[5]) > 0, row);
        } else {
            assertEquals("", cells[5], row);
        }
    }

    private static boolean onPath(String command) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
