package org.distgray.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distgray.testing.BatchImages;
import org.distgray.testing.FileTree;
import org.distgray.testing.ReferenceImages;
import org.distgray.testing.Script;
import org.distgray.testing.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand one-megapixel JPEGs in nested folders on {@code local[2]} with the driver at Spark's
 * default heap (1 GiB): killed once a third of the outputs exist, run again, and the batch ends
 * with every image converted, each equal to the one-thread reference, and no temporary file.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class KillAndResumeIT {
    private static final int IMAGES = 1000;
    private static final int WIDTH = 1024;
    private static final int HEIGHT = 1024;
    private static final int KILL_AFTER = IMAGES / 3;
    private static final Map<String, String> DEFAULT_HEAP = Map.of("DISTGRAY_DRIVER_MEMORY", "1g");

    @TempDir
    Path dir;

    @Test
    void killedBatchResumesToCompleteAndCorrect() throws Exception {
        Path in = dir.resolve("in");
        List<String> names = BatchImages.write(in, IMAGES, WIDTH, HEIGHT);
        Path out = dir.resolve("out");
        String[] args = {"--master", "local[2]", in.toString(), "-o", out.toString(),
            "--metrics", dir.resolve("metrics/run.json").toString()};

        try (Script first = Script.start(dir.resolve("logs"), DEFAULT_HEAP, "distgray", args)) {
            Waiting.until(KILL_AFTER + " outputs, or the batch to end",
                    () -> FileTree.outputsWhileWriting(out) >= KILL_AFTER || !first.isAlive(), 480);
            assertTrue(first.isAlive(), "the batch was still running when killed");
        }
        int before = FileTree.outputs(out).size();
        int leftovers = FileTree.files(out).size() - before;
        assertTrue(before >= KILL_AFTER && before < IMAGES, before + " outputs after the kill");

        Script.Result resumed = Script.run(dir.resolve("logs"), DEFAULT_HEAP, 8, "distgray", args);

        assertEquals(0, resumed.exit(), resumed.err());
        Matcher counts = Pattern.compile(
                "(\\d+) of 1000 images converted, (\\d+) skipped, 0 failed")
                .matcher(resumed.out());
        assertTrue(counts.find(), resumed.out());
        int skipped = Integer.parseInt(counts.group(2));
        assertEquals(IMAGES, Integer.parseInt(counts.group(1)) + skipped, resumed.out());
        assertTrue(skipped >= before - 2, "at most the writes in flight are redone: " + skipped
                + " skipped of " + before);
        assertTrue(resumed.out().contains("images mode"), resumed.out());
        System.out.printf("killed with %d outputs and %d temporary files; the rerun skipped %d"
                + " and converted %d:%n%s%n", before, leftovers, skipped, IMAGES - skipped,
                resumed.out());
        assertEquals(names, FileTree.files(out),
                "every image once, nothing else: no temporary file");
        names.parallelStream().forEach(name -> ReferenceImages.assertConverted(in.resolve(name),
                out.resolve(name)));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("metrics/run.json").toFile());
        assertEquals(IMAGES, json.get("images_total").asInt(), json.toString());
        assertEquals(skipped, json.get("images_skipped").asInt(), json.toString());
    }
}
