package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * submit/bench runs the batch (image mode) and the large image (band mode) with 1 and 2 cores and
 * writes the table as CSV and JSON, with each workload's 1-core run as the baseline of its
 * ratios. Only the shape is checked: speed is measured by the command, never asserted.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BenchScriptIT {
    @TempDir
    Path dir;

    @Test
    void writesSpeedupAndEfficiencyPerCoreCountForBothWorkloads()
            throws IOException, InterruptedException {
        Path bench = dir.resolve("bench");
        Script.Result run = Script.run(dir.resolve("logs"), Map.of(), 8, "bench", "--cores", "2",
                "--copies", "1", "--input", "data/summer_1am_2560.jpg", "--dir",
                bench.toString());
        assertEquals(0, run.exit(), run.err());

        List<String> csv = Files.readAllLines(bench.resolve("bench.csv"));
        assertEquals(5, csv.size(), String.join("\n", csv));
        assertEquals("workload,k,master,images,megapixels,wall_ms,images_per_s,mp_per_s,speedup,"
                + "efficiency,convert_ms,convert_speedup,convert_efficiency", csv.get(0));
        assertTrue(csv.get(1).startsWith("batch,1,local[1],4,"), csv.get(1));
        assertTrue(csv.get(1).endsWith(",1.000,1.000,,,"), "1 core is the baseline: " + csv.get(1));
        assertTrue(csv.get(2).startsWith("batch,2,local[2],4,"), csv.get(2));
        assertTrue(csv.get(3).startsWith("band,1,local[1],1,4.1,"), csv.get(3));
        assertTrue(csv.get(3).matches(".*,1\\.000,1\\.000,\\d+,1\\.000,1\\.000"), csv.get(3));
        assertTrue(csv.get(4).startsWith("band,2,local[2],1,4.1,"), csv.get(4));
        JsonNode runs = new ObjectMapper().readTree(bench.resolve("bench.json").toFile())
                .get("runs");
        assertEquals(4, runs.size(), runs.toString());
        JsonNode band2 = runs.get(3);
        assertEquals(List.of("band", 2, "local[2]"), List.of(band2.get("workload").asText(),
                band2.get("k").asInt(), band2.get("master").asText()), band2.toString());
        assertTrue(runs.get(0).get("convert_ms").isNull(), "no band phase in image mode: " + runs);
        assertTrue(Files.exists(bench.resolve("batch-local_2.json")), "metrics of each run kept");
        assertTrue(run.err().contains("speedup"), run.err());
    }
}
