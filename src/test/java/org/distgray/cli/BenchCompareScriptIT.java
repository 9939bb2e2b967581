package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String json = Files.readString(bench.resolve("compare.json"));
        assertTrue(json.contains("{\"workload\": \"batch\", \"tool\": \"distgray\", \"run\": 1, "
                + "\"images\": 4, \"megapixels\": 37.7, \"job_ms\": "), json);
        assertTrue(json.contains("\"tool\": \"distgray\", \"run\": \"median\""), json);
        assertTrue(run.out().contains("P1 png"), run.out());
        assertTrue(run.out().contains("P2 batch"), run.out());
        assertTrue(Files.exists(bench.resolve(".distgray-bench")), "marks the folder as its own");

        assumeTrue(onPath("vips"), "libvips (vips, Debian libvips-tools) is not installed");
        assertPositiveTimes(row(csv, "png,vips,1,1,4.1,"), false);
        assertPositiveTimes(row(csv, "batch,vips,1,4,37.7,"), false);
        assertTrue(row(csv, "batch,vips,median,").matches(".*,\\d+\\.\\d{3},\\d+\\.\\d{3}"),
                "distgray / vips ratios of job and whole process");
        assertTrue(json.contains("{\"target\": \"P2\", \"workload\": \"batch\", \"peer\": \"vips\""),
                json);
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
