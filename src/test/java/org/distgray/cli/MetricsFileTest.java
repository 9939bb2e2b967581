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
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** --metrics writes the table's content, every task and every input as JSON, tasks also as CSV. */
@ExtendWith(SharedSpark.class)
class MetricsFileTest {
    @TempDir
    Path dir;

    @Test
    void jsonAndCsvDescribeTheRun() throws IOException {
        Path good = Files.write(dir.resolve("good.png"),
                TestImages.png(TestImages.random(50, 200, false, 1)));
        Path bad = Files.write(dir.resolve("bad.jpg"), new byte[0]);
        Path metrics = dir.resolve("report/run.json");
        CliRun run = CliRun.of(good.toString(), bad.toString(), "-o",
                dir.resolve("out").toString(), "--partitions", "6", "--metrics",
                metrics.toString(), "--quiet");
        assertEquals(Cli.EXIT_FAILED, run.exit());

        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        String text = json.toPrettyString();
        JsonNode images = json.get("images");
        assertEquals(2, images.size(), text);
        boolean goodFirst = images.get(0).get("path").asText().equals(good.toString());
        JsonNode converted = images.get(goodFirst ? 0 : 1);
        JsonNode failed = images.get(goodFirst ? 1 : 0);
        assertEquals(bad.toString(), failed.get("path").asText(), text);
        assertEquals("converted", converted.get("status").asText(), text);
        assertEquals(50, converted.get("width").asInt(), text);
        assertEquals(200, converted.get("height").asInt(), text);
        assertEquals("failed", failed.get("status").asText(), text);
        assertEquals("empty file (0 bytes)", failed.get("error").asText(), text);
        JsonNode tasks = json.get("tasks");
        assertEquals(6, tasks.size(), "one record per task");
        assertEquals(1, json.get("executors").size(), "one executor in local mode");
        long taskPixels = 0;
        for (JsonNode task : tasks) {
            taskPixels += task.get("pixels").asLong();
            for (String key : List.of("launch_ms", "finish_ms", "executor_run_ms", "gc_ms",
                    "bytes_out", "host")) {
                assertTrue(task.hasNonNull(key), key + " in " + task);
            }
        }
        assertEquals(10000, taskPixels, "task pixels add up to the image");
        for (String phase : List.of("read", "decode", "convert", "collect", "encode", "write")) {
            assertTrue(json.get("phase_ms").get(phase).isIntegralNumber(), phase + " in " + text);
        }
        assertTrue(json.get("wall_ms").isIntegralNumber(), text);
        assertTrue(json.get("megapixels_per_second").isNumber(), text);

        // The kernel the band tasks ran, for the run and for the image that was converted.
        assertEquals(KernelChoice.name(), json.get("kernel").asText(), text);
        assertEquals(KernelChoice.name(), converted.get("kernel").asText(), text);
        assertTrue(KernelChoice.name().startsWith("vector-"), KernelChoice.name());

        List<String> csv = Files.readAllLines(dir.resolve("report/run-tasks.csv"));
        assertTrue(csv.get(0).startsWith(
                "image,band,rows,pixels,bytes_in,bytes_out,executor,host"));
        assertEquals(7, csv.size(), "header and six tasks");

        List<String> rows = Files.readAllLines(dir.resolve("report/run-images.csv"));
        assertEquals(3, rows.size(), "header and two inputs");
        assertTrue(rows.get(0).startsWith("path,output,format,width,height,pixels,bands,"
                + "input_bytes,output_bytes,status,error,executor,host,start_ms,end_ms,read_ms,"
                + "decode_ms,convert_ms"), rows.get(0));
        long goodBytes = Files.size(good);
        assertTrue(rows.stream().anyMatch(l -> l.startsWith(good.toString() + ",")
                && l.contains(",png,50,200,10000,6," + goodBytes + ",")
                && l.contains(",converted,,driver,") && l.endsWith("," + KernelChoice.name())),
                String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith(bad.toString() + ",")
                && l.contains(",failed,empty file (0 bytes),")), String.join("\n", rows));
    }
}
