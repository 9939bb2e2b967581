package org.distgray.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distgray.image.BadImageException;
import org.distgray.image.ImageFormat;
import org.distgray.testing.BatchImages;
import org.distgray.testing.FileTree;
import org.distgray.testing.ReferenceImages;
import org.distgray.testing.Script;
import org.distgray.testing.StandaloneCluster;
import org.distgray.testing.Waiting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Worker and its executor killed with SIGKILL in the middle of a run: Spark runs the lost bands,
 * or the lost groups of images, again on the surviving executor; the run succeeds, every output
 * is bit-identical and no temporary file of the lost executor is left behind.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class WorkerKilledIT {
    private static final int IMAGES = 3;
    private static final int BATCH = 240;
    private static final long RUN_MINUTES = 5;

    @TempDir
    Path dir;

    @Test
    void runSurvivesAWorkerKilledMidway()
            throws IOException, InterruptedException, BadImageException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < IMAGES; i++) {
            Files.copy(Path.of("data/mosaic_8k.jpg"), in.resolve("frame-" + i + ".jpg"));
        }
        Path out = dir.resolve("out");
        int uiPort = StandaloneCluster.freePort();
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"), 2);
                Script run = Script.start(dir.resolve("logs"), cluster.env(), "distgray",
                        "--master", cluster.masterUrl(), "--partitions", "96", "--format", "png",
                        "--conf", "spark.ui.port=" + uiPort,
                        "--quiet", "--metrics", dir.resolve("metrics.json").toString(),
                        in.toString(), "-o", out.toString())) {
            Waiting.until("an executor on worker-2, or the run to end",
                    () -> cluster.hasExecutor(2) || !run.isAlive(), 120);
            String killed = cluster.latestExecutor(2);
            ApplicationUi ui = new ApplicationUi(uiPort);
            Waiting.until("10 tasks done by executor " + killed + ", or the run to end",
                    () -> ui.completedTasks(killed) >= 10 || !run.isAlive(), 120);
            assertTrue(run.isAlive(), "the run ended before the Worker could be killed");
            killWithExecutors(cluster.workerPid(2));

            Script.Result result = run.await(RUN_MINUTES);
            assertEquals(0, result.exit(), result.err());
            assertTrue(result.out().contains(IMAGES + " of " + IMAGES + " images converted"),
                    result.out());

            List<String> tasks = Files.readAllLines(dir.resolve("metrics-tasks.csv"));
            long failed = tasks.stream().filter(t -> t.split(",")[13].equals("false")).count();
            long byKilled = tasks.stream().filter(t -> t.split(",")[6].equals(killed)).count();
            System.out.println("worker-2 (executor " + killed + ") killed: " + byKilled
                    + " task attempts ran on it, " + failed + " attempts failed and ran again; "
                    + (tasks.size() - 1) + " attempts in all for " + IMAGES * 96 + " bands");
            assertTrue(byKilled > 0, "the killed executor had done some bands");
            assertTrue(tasks.stream().skip(1).filter(t -> t.split(",")[13].equals("false"))
                    .allMatch(t -> !t.split(",", 15)[14].isBlank()),
                    "every failed attempt says why:\n" + String.join("\n", tasks));
            assertTrue(tasks.stream().filter(t -> t.startsWith(IMAGES + ","))
                    .noneMatch(t -> t.split(",")[6].equals(killed)
                            && t.split(",")[13].equals("true")),
                    "the last image was converted by the survivor alone");
        }
        byte[] expected = ReferenceImages.converted(Path.of("data/mosaic_8k.jpg"),
                ImageFormat.PNG, 90);
        for (int i = 0; i < IMAGES; i++) {
            ReferenceImages.assertSameOutput(expected, out.resolve("frame-" + i + ".png"));
        }
    }

    @Test
    void batchSurvivesAWorkerKilledMidway() throws IOException, InterruptedException {
        Path in = dir.resolve("batch");
        List<String> names = BatchImages.write(in, BATCH, 1024, 1024);
        Path out = dir.resolve("batch-out");
        int uiPort = StandaloneCluster.freePort();
        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"), 2);
                Script run = Script.start(dir.resolve("logs"), cluster.env(), "distgray",
                        "--master", cluster.masterUrl(), "--mode", "images",
                        "--conf", "spark.ui.port=" + uiPort, "--quiet",
                        "--metrics", dir.resolve("batch.json").toString(),
                        in.toString(), "-o", out.toString())) {
            Waiting.until("an executor on worker-2, or the run to end",
                    () -> cluster.hasExecutor(2) || !run.isAlive(), 120);
            String killed = cluster.latestExecutor(2);
            ApplicationUi ui = new ApplicationUi(uiPort);
            Waiting.until("3 tasks done by executor " + killed + ", or the run to end",
                    () -> ui.completedTasks(killed) >= 3 || !run.isAlive(), 120);
            assertTrue(run.isAlive(), "the run ended before the Worker could be killed");
            killWithExecutors(cluster.workerPid(2));

            Script.Result result = run.await(RUN_MINUTES);
            assertEquals(0, result.exit(), result.err());
            Matcher counts = Pattern.compile("(\\d+) of " + BATCH
                    + " images converted, (\\d+) skipped, 0 failed").matcher(result.out());
            assertTrue(counts.find(), result.out());
            assertEquals(BATCH, Integer.parseInt(counts.group(1))
                    + Integer.parseInt(counts.group(2)), result.out());
            List<String> images = Files.readAllLines(dir.resolve("batch-images.csv"));
            long byKilled = images.stream().filter(i -> i.contains(",converted,,"
                    + killed + ",")).count();
            System.out.println("worker-2 (executor " + killed + ") killed after converting "
                    + byKilled + " images; " + counts.group(2) + " outputs it had written were"
                    + " found complete when its tasks ran again:\n" + result.out());
        }
        assertEquals(names, FileTree.files(out), "every image once, no temporary file");
        for (String name : names) {
            ReferenceImages.assertConverted(in.resolve(name), out.resolve(name));
        }
    }

    /**
     * SIGKILL to a Worker and the executors it launched, as when its machine is lost: a Worker
     * killed alone leaves its executors running, and they go on converting.
     */
    private static void killWithExecutors(long workerPid) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-9", String.valueOf(workerPid)));
        ProcessHandle.of(workerPid).orElseThrow().descendants()
                .forEach(p -> command.add(String.valueOf(p.pid())));
        assertTrue(command.size() > 3, "the Worker has an executor to kill");
        assertEquals(0, new ProcessBuilder(command).start().waitFor());
    }
}
