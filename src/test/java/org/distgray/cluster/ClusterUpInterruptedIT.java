package org.distgray.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.distgray.testing.Script;
import org.distgray.testing.StandaloneCluster;
import org.distgray.testing.Waiting;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * submit/cluster-up interrupted (Ctrl-C, a kill) before its cluster is ready stops what it had
 * started: once it has exited, no process of its folder runs and its ports are free again.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ClusterUpInterruptedIT {
    private static final int WORKERS = 2;
    private static final long MINUTES = 2;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} once {1} is started")
    @CsvSource({"Ctrl-C, master", "Ctrl-C, worker-2", "TERM, master"})
    void stopsWhatItStarted(String signal, String daemon)
            throws IOException, InterruptedException {
        Path cluster = dir.resolve("cluster");
        int port = StandaloneCluster.freePort();
        int uiPort = StandaloneCluster.freePortRange(WORKERS + 1);
        try (Script up = Script.startInOwnGroup(dir.resolve("logs"), Map.of(), "cluster-up",
                "--dir", cluster.toString(), "--workers", String.valueOf(WORKERS),
                "--cores", "1", "--memory", "1g", "--port", String.valueOf(port),
                "--ui-port", String.valueOf(uiPort))) {
            Waiting.until(daemon + " to start, or cluster-up to end",
                    () -> recorded(cluster, daemon) || !up.isAlive(), 120);
            assertTrue(up.isAlive() && recorded(cluster, daemon),
                    "cluster-up ended before " + daemon + " started");
            if (signal.equals("Ctrl-C")) {
                up.pressCtrlC();
            } else {
                up.signal(signal);
            }

            Script.Result result = up.await(MINUTES);

            assertEquals(List.of(), processesOf(cluster), "no process of the folder is left");
            assertTrue(StandaloneCluster.allFree(port, 1), "the master port is free");
            assertTrue(StandaloneCluster.allFree(uiPort, WORKERS + 1), "the UI ports are free");
            assertTrue(result.exit() != 0, "an interrupted cluster-up fails:\n" + result.err());
            assertTrue(result.err().contains("cluster-up: interrupted"), result.err());
        } finally {
            Script.run(dir.resolve("logs"), Map.of(), MINUTES, "cluster-down", "--dir",
                    cluster.toString());
        }
    }

    /** Whether cluster-up has recorded the PID of {@code daemon} (master, worker-N). */
    private static boolean recorded(Path cluster, String daemon) {
        try {
            return Files.readAllLines(cluster.resolve("pids")).stream()
                    .anyMatch(line -> line.endsWith(" " + daemon));
        } catch (IOException e) {
            return false;
        }
    }

    /** Command lines of the live processes that name {@code cluster}: its daemons. */
    private static List<String> processesOf(Path cluster) {
        String folder = cluster.toString();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains(folder))
                .toList();
    }
}
