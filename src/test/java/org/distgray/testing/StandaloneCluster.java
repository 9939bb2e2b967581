package org.distgray.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1, started and stopped with submit/cluster-up and
 * submit/cluster-down in a folder of its own, on free ports. Closing it stops every process it
 * started, whatever the test did to them.
 */
public final class StandaloneCluster implements AutoCloseable {
    private static final long START_MINUTES = 3;

    private final Path dir;
    private final int port;

    private StandaloneCluster(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts {@code workers} Workers of one core each; {@code options} go to cluster-up. */
    public static StandaloneCluster start(Path dir, int workers, String... options)
            throws IOException, InterruptedException {
        int port = freePort();
        int uiPort = freePortRange(workers + 1);
        List<String> args = new ArrayList<>(List.of("--dir", dir.toString(), "--workers",
                String.valueOf(workers), "--cores", "1", "--memory", "1g", "--port",
                String.valueOf(port), "--ui-port", String.valueOf(uiPort)));
        args.addAll(List.of(options));
        StandaloneCluster cluster = new StandaloneCluster(dir, port);
        Script.Result up = Script.run(dir.resolve("test-logs"), Map.of(), START_MINUTES,
                "cluster-up", args.toArray(String[]::new));
        if (up.exit() != 0) {
            cluster.close();
            throw new AssertionError("cluster-up failed:\n" + up.err());
        }
        return cluster;
    }

    public String masterUrl() {
        return "spark://127.0.0.1:" + port;
    }

    /** Environment for submit/distgray so that it uses this cluster's secret. */
    public Map<String, String> env() {
        return Map.of("DISTGRAY_CLUSTER_DIR", dir.toString());
    }

    /** PID of Worker {@code index} (1-based), as cluster-up recorded it. */
    public long workerPid(int index) throws IOException {
        String name = "worker-" + index;
        return Files.readAllLines(dir.resolve("pids")).stream()
                .map(line -> line.split(" "))
                .filter(fields -> fields[1].equals(name))
                .mapToLong(fields -> Long.parseLong(fields[0]))
                .findFirst().orElseThrow();
    }

    /** Whether Worker {@code index} has launched an executor yet. */
    public boolean hasExecutor(int index) {
        return latestExecutor(index) != null;
    }

    /** Id of the executor Worker {@code index} ran for the latest application, or null. */
    public String latestExecutor(int index) {
        Path work = dir.resolve("workers/worker-" + index);
        try (Stream<Path> apps = Files.list(work)) {
            Path app = apps.filter(p -> p.getFileName().toString().startsWith("app-"))
                    .max(Path::compareTo).orElse(null);
            if (app == null) {
                return null;
            }
            try (Stream<Path> executors = Files.list(app)) {
                return executors.map(p -> p.getFileName().toString()).findFirst().orElse(null);
            }
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            Script.Result down = Script.run(dir.resolve("test-logs"), Map.of(), 2,
                    "cluster-down", "--dir", dir.toString());
            if (down.exit() != 0) {
                throw new AssertionError("cluster-down failed:\n" + down.err());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The first of {@code count} consecutive ports that are all free now. */
    public static int freePortRange(int count) throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + random.nextInt(20_000);
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IOException("no " + count + " consecutive free ports found");
    }

    /** Whether ports {@code base} to {@code base + count - 1} can all be bound on 127.0.0.1. */
    public static boolean allFree(int base, int count) {
        for (int p = base; p < base + count; p++) {
            try (ServerSocket socket = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
