package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.distgray.testing.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone master URL where nothing listens: submit/distgray says so in one line and exits
 * 1 within seconds, instead of Spark's minute of registration retries.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class UnreachableMasterIT {
    /**
     * A bound on hanging, not a speed check: Spark alone retries for 60 s; the check takes at
     * most 3 s, the rest is the JVM starting on a machine that may be busy.
     */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void saysThereIsNoMasterInOneLine() throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        Script.Result run;
        try (Script script = Script.start(dir.resolve("logs"), Map.of(), "distgray",
                "--master", "spark://127.0.0.1:1", "--quiet", "data/summer_1am_2560.jpg",
                "-o", out.toString())) {
            run = script.await(LIMIT);
        }

        assertEquals(Cli.EXIT_FAILED, run.exit(), run.err());
        assertEquals(List.of("distgray: no Spark master at spark://127.0.0.1:1 (connection"
                + " refused); start one with submit/cluster-up"), run.err().lines().toList());
        assertEquals("", run.out());
        assertEquals(false, Files.exists(out), "nothing written");
    }
}
