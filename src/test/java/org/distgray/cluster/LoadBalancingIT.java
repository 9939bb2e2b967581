package org.distgray.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.distgray.testing.Script;
import org.distgray.testing.StandaloneCluster;
import org.distgray.testing.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Workers of unequal speed: each pinned to its own CPU with its executors, and once both
 * executors have registered, CPU-bound competitors share the second Worker's CPU; distgray's
 * code is untouched. With the default bands (several per core) Spark's scheduler gives the
 * faster executor the larger share. The times of the default and of one band per core are
 * printed for the record, never asserted.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LoadBalancingIT {
    private static final long RUN_MINUTES = 5;
    /** Enough images that the executors' JIT warm-up does not decide the shares. */
    private static final int IMAGES = 4;
    /** CPU-bound loops on the second Worker's CPU: its executor gets a quarter of it. */
    private static final int COMPETITORS = 3;

    @TempDir
    Path dir;

    /** What one run's metrics say of the two executors. */
    private record Run(double fastShare, double slowShare, int fastBands, int slowBands,
            long convertMillis) {
    }

    @Test
    void fasterExecutorTakesMoreBands() throws IOException, InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset"))
                || Files.isExecutable(Path.of("/bin/taskset")), "needs taskset");
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < IMAGES; i++) {
            Files.copy(Path.of("data/mosaic_8k.jpg"), in.resolve("frame-" + i + ".jpg"));
        }
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"), 2,
                "--pin")) {
            Run balanced = convert(cluster, in, "default");
            Run perCore = convert(cluster, in, "2");
            System.out.printf(Locale.ROOT, "default bands: fast executor %d bands (%.1f%%),"
                    + " slow %d bands (%.1f%%), distribute + convert %d ms%n",
                    balanced.fastBands(), 100 * balanced.fastShare(), balanced.slowBands(),
                    100 * balanced.slowShare(), balanced.convertMillis());
            System.out.printf(Locale.ROOT, "one band per core: fast %.1f%%, slow %.1f%%,"
                    + " distribute + convert %d ms%n", 100 * perCore.fastShare(),
                    100 * perCore.slowShare(), perCore.convertMillis());

            assertTrue(balanced.slowBands() > 0, "both executors took part: " + balanced);
            assertTrue(balanced.fastBands() > balanced.slowBands(), balanced.toString());
            assertTrue(balanced.fastShare() > balanced.slowShare(), balanced.toString());
        }
    }

    private Run convert(StandaloneCluster cluster, Path in, String partitions)
            throws IOException, InterruptedException {
        Path metrics = dir.resolve("metrics-" + partitions + ".json");
        int uiPort = StandaloneCluster.freePort();
        List<String> args = new ArrayList<>(List.of("--master", cluster.masterUrl(), "--quiet",
                "--mode", "bands", "--overwrite", "--conf", "spark.ui.port=" + uiPort, "--metrics",
                metrics.toString(), in.toString(), "-o", dir.resolve("out").toString()));
        if (!partitions.equals("default")) {
            args.addAll(List.of("--partitions", partitions));
        }
        List<Process> competitors = new ArrayList<>();
        Script.Result result;
        try (Script run = Script.start(dir.resolve("logs"), cluster.env(), "distgray",
                args.toArray(String[]::new))) {
            ApplicationUi ui = new ApplicationUi(uiPort);
            Waiting.until("two executors, or the run to end",
                    () -> ui.registeredExecutors() >= 2 || !run.isAlive(), 120);
            for (int i = 0; i < COMPETITORS; i++) {
                competitors.add(new ProcessBuilder("taskset", "-c", "1", "bash", "-c",
                        "while :; do :; done").start());
            }
            result = run.await(RUN_MINUTES);
        } finally {
            for (Process competitor : competitors) {
                competitor.destroyForcibly().waitFor();
            }
        }
        assertEquals(0, result.exit(), result.err());
        return shares(Files.readString(metrics), cluster);
    }

    private static Run shares(String text, StandaloneCluster cluster) throws IOException {
        JsonNode json = new ObjectMapper().readTree(text);
        Map<String, JsonNode> executors = new HashMap<>();
        for (JsonNode executor : json.get("executors")) {
            executors.put(executor.get("executor").asText(), executor);
        }
        JsonNode none = new ObjectMapper().createObjectNode();
        JsonNode fast = executors.getOrDefault(cluster.latestExecutor(1), none);
        JsonNode slow = executors.getOrDefault(cluster.latestExecutor(2), none);
        JsonNode convert = json.get("phase_ms").get("convert");
        assertTrue(convert.isIntegralNumber(), text);
        return new Run(fast.path("share").asDouble(), slow.path("share").asDouble(),
                fast.path("units").asInt(), slow.path("units").asInt(), convert.asLong());
    }
}
