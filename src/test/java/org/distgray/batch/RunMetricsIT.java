package org.distgray.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.distgray.testing.BatchImages;
import org.distgray.testing.FileTree;
import org.distgray.testing.ReferenceImages;
import org.distgray.testing.Script;
import org.distgray.testing.TestImages;
import org.distgray.testing.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --metrics} CSV files of a run that does not end well: a batch killed with SIGKILL
 * half way has rows for the images its finished tasks converted, and a band job that Spark gives
 * up on leaves its failed and killed attempts in the task records, each with its reason, and its
 * convert time in the image's record.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class RunMetricsIT {
    private static final int IMAGES = 240;
    private static final int KILL_AFTER = 60;
    /** Images of the tasks in flight at the kill: two slots, at most eight images a task. */
    private static final int IN_FLIGHT = 2 * 8;

    @TempDir
    Path dir;

    @Test
    void killedBatchLeavesTheRecordsOfWhatItFinished() throws Exception {
        Path in = dir.resolve("in");
        BatchImages.write(in, IMAGES, 1024, 768);
        Path out = dir.resolve("out");
        Path metrics = dir.resolve("metrics/run.json");

        try (Script run = Script.start(dir.resolve("logs"), Map.of(), "distgray", "--master",
                "local[2]", in.toString(), "-o", out.toString(), "--metrics",
                metrics.toString(), "--quiet")) {
            Waiting.until(KILL_AFTER + " outputs, or the batch to end",
                    () -> FileTree.outputsWhileWriting(out) >= KILL_AFTER || !run.isAlive(), 300);
            assertTrue(run.isAlive(), "the batch was still running when killed");
        }
        List<String> outputs = FileTree.outputs(out);
        List<String> images = Files.readAllLines(dir.resolve("metrics/run-images.csv"));
        List<String> tasks = Files.readAllLines(dir.resolve("metrics/run-tasks.csv"));

        assertTrue(images.get(0).startsWith("path,output,format,"), images.get(0));
        assertTrue(tasks.get(0).startsWith("image,band,rows,"), tasks.get(0));
        List<String> rows = images.subList(1, images.size());
        assertTrue(rows.size() >= outputs.size() - IN_FLIGHT, rows.size() + " rows for "
                + outputs.size()
                + " outputs: at most the images of the tasks in flight are missing");
        for (String row : rows) {
            String[] fields = row.split(",");
            assertEquals("converted", fields[9], row);
            Path output = Path.of(fields[1]);
            assertTrue(outputs.contains(out.relativize(output).toString()), "written: " + row);
            ReferenceImages.assertConverted(Path.of(fields[0]), output);
        }
        List<String> taskRows = tasks.subList(1, tasks.size());
        assertTrue(!taskRows.isEmpty(), "the Spark tasks that ended before the kill are recorded");
        int imagesOfTasks = 0;
        for (String row : taskRows) {
            String[] fields = row.split(",", -1);
            assertEquals("0", fields[0], "an image-mode task is recorded as image 0: " + row);
            assertEquals("true", fields[13], row);
            imagesOfTasks += Integer.parseInt(fields[2]);
        }
        assertTrue(imagesOfTasks <= rows.size() + IN_FLIGHT, imagesOfTasks + " images in task"
                + " rows, " + rows.size() + " image rows");
        assertTrue(!Files.exists(metrics), "the JSON is written at the end only");
    }

    @Test
    void failedBandAttemptsAreRecordedWithTheirReason() throws Exception {
        Path input = Files.write(dir.resolve("wide.png"),
                TestImages.png(TestImages.random(1024, 2048, false, 3)));
        Path metrics = dir.resolve("metrics/run.json");

        // Each of the four bands sends back a quarter of a 2 MiB gray picture: two of them
        // already exceed the 1 MiB the driver is allowed to collect.
        Script.Result run = Script.run(dir.resolve("logs"), Map.of(), 5, "distgray",
                "--master", "local[2]", input.toString(), "-o", dir.resolve("out").toString(),
                "--format", "jpeg", "--partitions", "4", "--conf", "spark.driver.maxResultSize=1m",
                "--metrics", metrics.toString(), "--quiet");

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(input + ": conversion failed: Job aborted due to stage"
                + " failure: Total size of serialized results"), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
        List<String> tasks = Files.readAllLines(dir.resolve("metrics/run-tasks.csv"));
        assertTrue(tasks.get(0).endsWith(",successful,error"), tasks.get(0));
        List<String> failed = tasks.stream().filter(t -> t.contains(",false,")).toList();
        assertTrue(!failed.isEmpty(), "a failed attempt among\n" + String.join("\n", tasks));
        for (String attempt : failed) {
            assertTrue(attempt.matches("1,[0-3],512,524288,.*,false,TaskKilled \\(.+\\)"),
                    attempt);
        }
        assertTrue(failed.stream().anyMatch(t -> t.contains("maxResultSize")),
                String.join("\n", failed));

        List<String> images = Files.readAllLines(dir.resolve("metrics/run-images.csv"));
        assertEquals(2, images.size(), String.join("\n", images));
        Map<String, String> image = fields(images.get(0), images.get(1));
        assertEquals("failed", image.get("status"));
        assertTrue(Long.parseLong(image.get("convert_ms")) > 0,
                "the failed job's convert time is recorded: " + images.get(1));
        JsonNode json = new ObjectMapper().readTree(metrics.toFile());
        List<String> errors = new ArrayList<>();
        json.get("tasks").forEach(task -> errors.add(task.get("error").asText(null)));
        assertTrue(errors.stream().anyMatch(e -> e != null && e.startsWith("TaskKilled (")),
                "the JSON's task records say why too: " + errors);
        assertEquals(List.of(), FileTree.files(dir.resolve("out")), "no output, no temporary file");
    }

    /** The fields of a CSV row without quoted commas before the last, by column name. */
    private static Map<String, String> fields(String header, String row) {
        String[] names = header.split(",");
        String[] values = row.split(",");
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            byName.put(names[i], i < values.length ? values[i] : "");
        }
        return byName;
    }
}
