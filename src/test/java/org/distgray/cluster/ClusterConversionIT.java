package org.distgray.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distgray.image.BadImageException;
import org.distgray.image.ImageFormat;
import org.distgray.testing.ReferenceImages;
import org.distgray.testing.Script;
import org.distgray.testing.StandaloneCluster;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-Worker standalone cluster with authentication and RPC encryption on: conversions, of
 * single images by bands and of a batch by whole images on the executors, are
 * bit-identical to a single-thread run, the table lists both executors, and a submission with
 * the wrong secret is refused with a clear message.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClusterConversionIT {
    private static final long RUN_MINUTES = 4;

    @TempDir
    static Path dir;

    private static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        cluster = StandaloneCluster.start(dir.resolve("cluster"), 2, "--encrypt");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Script.Result submit(Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return Script.run(dir.resolve("logs"), env, RUN_MINUTES, "distgray", args);
    }

    @Test
    void samplesConvertIdenticallyAndBothExecutorsShare()
            throws IOException, InterruptedException, BadImageException {
        Path out = dir.resolve("out");
        Script.Result run = submit(cluster.env(), "--master", cluster.masterUrl(),
                "--conf", "spark.network.crypto.enabled=true", "--partitions", "16", "--quiet",
                "data/kokkini_4k.png", "data/summer_1am_2560.jpg", "-o", out.toString());

        assertEquals(0, run.exit(), run.err());
        ReferenceImages.assertConverted(Path.of("data/kokkini_4k.png"),
                out.resolve("kokkini_4k.png"));
        assertArrayEquals(ReferenceImages.converted(Path.of("data/summer_1am_2560.jpg"),
                ImageFormat.JPEG, 90), Files.readAllBytes(out.resolve("summer_1am_2560.jpg")));

        Map<String, Double> shares = new HashMap<>();
        Matcher row = Pattern.compile(
                "(?m)^(\\d+) +127\\.0\\.0\\.1 +\\d+ +[\\d.]+ +[\\d.]+ s +([\\d.]+)%$")
                .matcher(run.out());
        while (row.find()) {
            shares.put(row.group(1), Double.parseDouble(row.group(2)));
        }
        assertEquals(2, shares.size(), "both executors in the table:\n" + run.out());
        assertEquals(100.0, shares.values().stream().mapToDouble(Double::doubleValue).sum(), 0.2);
        assertTrue(shares.values().stream().allMatch(share -> share > 0), run.out());
    }

    @Test
    void batchIsConvertedByTheExecutorsInImageMode()
            throws IOException, InterruptedException, BadImageException {
        Path in = dir.resolve("batch");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean png = i % 2 == 0;
            String name = "roll-" + i % 3 + "/frame-" + i + (png ? ".png" : ".jpg");
            BufferedImage picture = TestImages.random(120 + i, 80 + i, png && i % 4 == 0, i);
            Files.createDirectories(in.resolve(name).getParent());
            Files.write(in.resolve(name), png ? TestImages.png(picture) : TestImages.jpeg(picture));
            names.add(name);
        }
        Path out = dir.resolve("batch-out");
        Path metrics = dir.resolve("batch-metrics/run.json");
        Script.Result run = submit(cluster.env(), "--master", cluster.masterUrl(),
                "--conf", "spark.network.crypto.enabled=true", "--mode", "images", "--quiet",
                "--metrics", metrics.toString(), in.toString(), "-o", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("12 of 12 images converted") && run.out().contains(
                "images mode"), run.out());
        for (String name : names) {
            ReferenceImages.assertConverted(in.resolve(name), out.resolve(name));
        }
        List<String> rows = Files.readAllLines(metrics.resolveSibling("run-images.csv"));
        Set<String> executors = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            Matcher where = Pattern.compile(",converted,,(\\d+),127\\.0\\.0\\.1,").matcher(row);
            assertTrue(where.find(), "converted on a numbered executor: " + row);
            executors.add(where.group(1));
        }
        assertEquals(2, executors.size(), "both executors converted images:\n" + rows);
    }

    @Test
    void wrongSecretIsRefusedAndTheRightOneWorks() throws IOException, InterruptedException {
        Path wrong = Files.writeString(dir.resolve("wrong-secret"), "not-the-cluster-secret");
        Path out = dir.resolve("refused");
        Script.Result refused = submit(Map.of("DISTGRAY_SECRET_FILE", wrong.toString()),
                "--master", cluster.masterUrl(), "--quiet", "data/summer_1am_2560.jpg",
                "-o", out.toString());
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(refused.err().contains("did not accept this application"), refused.err());
        assertFalse(refused.err().contains("\tat "), "no stack trace:\n" + refused.err());
        assertTrue(Files.notExists(out.resolve("summer_1am_2560.jpg")));

        Script.Result accepted = submit(cluster.env(), "--master", cluster.masterUrl(),
                "--conf", "spark.network.crypto.enabled=true", "--quiet",
                "data/summer_1am_2560.jpg", "-o", out.toString());
        assertEquals(0, accepted.exit(), accepted.err());
        assertTrue(Files.exists(out.resolve("summer_1am_2560.jpg")));
    }
}
