package org.distgray.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distgray.testing.Script;
import org.distgray.testing.StandaloneCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Workers of unequal speed: each pinned to its own CPU (with its executors), the second one's
 * CPU shared with a CPU-bound competitor and with the driver; distgray's code is untouched. With the default bands (several per
 * core), Spark's scheduler gives the faster executor the larger share. The times of the default
 * and of one band per core are printed for the record, never asserted.
 */
class LoadBalancingIT {
    private static final long RUN_MINUTES = 5;
    /** The second Worker's CPU, shared with the competitor and the driver. */
    private static final String SLOW_CPU = "1";

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
        for (int i = 0; i < 2; i++) {
            Files.copy(Path.of("data/mosaic_8k.jpg"), in.resolve("frame-" + i + ".jpg"));
        }
        Process competitor = null;
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"), 2,
                "--pin")) {
            competitor = new ProcessBuilder("taskset", "-c", "1", "bash", "-c",
                    "while :; do :; done").start();
            Run balanced = convert(cluster, in, "default");
            Run perCore = convert(cluster, in, "2");
            System.out.printf(Locale.ROOT, "default bands: fast executor %d bands (%.1f%%),"
                    + " slow %d bands (%.1f%%), distribute + convert %d ms%n",
                    balanced.fastBands(), 100 * balanced.fastShare(), balanced.slowBands(),
                    100 * balanced.slowShare(), balanced.convertMillis());
            System.out.printf(Locale.ROOT, "one band per core: fast %.1f%%, slow %.1f%%,"
                    + " distribute + convert %d ms%n", 100 * perCore.fastShare(),
                    100 * perCore.slowShare(), perCore.convertMillis());

            assertTrue(balanced.fastBands() > balanced.slowBands(), balanced.toString());
            assertTrue(balanced.fastShare() > balanced.slowShare(), balanced.toString());
        } finally {
            if (competitor != null) {
                competitor.destroyForcibly().waitFor();
            }
        }
    }

    private Run convert(StandaloneCluster cluster, Path in, String partitions)
            throws IOException, InterruptedException {
        Path metrics = dir.resolve("metrics-" + partitions + ".json");
        String[] bands = partitions.equals("default") ? new String[0]
                : new String[] {"--partitions", partitions};
        String[] args = concat(new String[] {"--master", cluster.masterUrl(), "--quiet",
            "--overwrite", "--metrics", metrics.toString(), in.toString(), "-o",
            dir.resolve("out").toString()}, bands);
        Script.Result result = Script.runPinned(dir.resolve("logs"), cluster.env(), RUN_MINUTES,
                SLOW_CPU, "distgray", args);
        assertEquals(0, result.exit(), result.err());
        String json = Files.readString(metrics);
        Map<String, double[]> executors = new HashMap<>();
        Matcher m = Pattern.compile("\"executor\": \"(\\d+)\",\\s*\"host\": \"[^\"]*\",\\s*"
                + "\"bands\": (\\d+),\\s*\"pixels\": \\d+,\\s*\"busy_ms\": \\d+,\\s*"
                + "\"share\": ([\\d.]+)").matcher(json);
        while (m.find()) {
            executors.put(m.group(1), new double[] {Double.parseDouble(m.group(3)),
                Integer.parseInt(m.group(2))});
        }
        double[] fast = executors.getOrDefault(cluster.latestExecutor(1), new double[2]);
        double[] slow = executors.getOrDefault(cluster.latestExecutor(2), new double[2]);
        Matcher convert = Pattern.compile("\"convert\": (\\d+)").matcher(json);
        assertTrue(convert.find(), json);
        return new Run(fast[0], slow[0], (int) fast[1], (int) slow[1],
                Long.parseLong(convert.group(1)));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
