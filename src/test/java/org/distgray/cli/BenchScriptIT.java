package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.distgray.testing.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/bench runs the batch with 1 and 2 cores and writes the table as CSV and JSON, with the
 * 1-core run as the baseline of its ratios. Only the shape is checked: speed is measured by the
 * command, never asserted.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BenchScriptIT {
    @TempDir
    Path dir;

    @Test
    void writesSpeedupAndEfficiencyPerCoreCount() throws IOException, InterruptedException {
        Path bench = dir.resolve("bench");
        Script.Result run = Script.run(dir.resolve("logs"), Map.of(), 5, "bench", "--cores", "2",
                "--images", "1", "--input", "data/summer_1am_2560.jpg", "--dir", bench.toString());
        assertEquals(0, run.exit(), run.err());

        List<String> csv = Files.readAllLines(bench.resolve("bench.csv"));
        assertEquals(3, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(0).startsWith("k,master,images,megapixels,wall_ms,convert_ms,mp_per_s,"
                + "speedup,efficiency"), csv.get(0));
        assertTrue(csv.get(1).startsWith("1,local[1],1,4.1,"), csv.get(1));
        assertTrue(csv.get(1).endsWith(",1.000,1.000,1.000,1.000"), "1 core is the baseline");
        assertTrue(csv.get(2).startsWith("2,local[2],1,4.1,"), csv.get(2));
        String json = Files.readString(bench.resolve("bench.json"));
        assertTrue(json.contains("\"k\": 2, \"master\": \"local[2]\""), json);
        assertTrue(run.err().contains("speedup"), run.err());
    }
}
