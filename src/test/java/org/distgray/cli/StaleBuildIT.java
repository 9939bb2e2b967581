package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.distgray.testing.Script;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * submit/common.sh's {@code ensure_built}, which every submit script runs first, on a small tree
 * of its own (a pom.xml, a source, a built jar) with an {@code mvn} that only records its calls
 * and leaves a jar: it builds when the jar is missing or pom.xml or anything under src/main is
 * newer than the jar, says so on stderr, and otherwise runs the jar as it is; a newer test
 * source, not part of the jar, starts no build.
 */
class StaleBuildIT {
    private static final Duration LIMIT = Duration.ofMinutes(1);
    private static final String SOURCE = "src/main/java/org/example/Tool.java";
    private static final String TEST = "src/test/java/org/example/ToolTest.java";
    private static final String OPENS = "target/spark-opens.args";

    @TempDir
    Path dir;

    private Path root;
    private Path bin;
    private final Instant now = Instant.now();

    @BeforeEach
    void tree() throws IOException {
        root = dir.resolve("project");
        for (String file : List.of("pom.xml", SOURCE, TEST, "target/distgray.jar", OPENS)) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), file);
        }
        Files.createDirectories(root.resolve("target/lib"));
        Files.createDirectories(root.resolve("target/app-lib"));
        try (Stream<Path> sources = Files.walk(root.resolve("src"))) {
            for (Path source : sources.toList()) {
                age(root.relativize(source).toString(), 3);
            }
        }
        age("pom.xml", 3);
        age("target/distgray.jar", 2);
        bin = Files.createDirectories(dir.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), String.join("\n",
                "#!/usr/bin/env bash",
                "echo \"mvn $*\" >> \"" + dir.resolve("mvn-calls") + "\"",
                "mkdir -p target/lib target/app-lib",
                "touch target/distgray.jar target/spark-opens.args", ""));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Sets the modification time of {@code relative} to {@code hours} hours ago. */
    private void age(String relative, int hours) throws IOException {
        Files.setLastModifiedTime(root.resolve(relative),
                FileTime.from(now.minus(Duration.ofHours(hours))));
    }

    private Script.Result ensureBuilt() throws IOException, InterruptedException {
        return Script.runBash(dir.resolve("logs"), Map.of("DISTGRAY_ROOT", root.toString(),
                "PATH", bin + ":" + System.getenv("PATH")), LIMIT,
                "source submit/common.sh && ensure_built && echo ready");
    }

    private List<String> mvnCalls() throws IOException {
        Path calls = dir.resolve("mvn-calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void anUpToDateJarIsRunAsItIs() throws IOException, InterruptedException {
        Script.Result run = ensureBuilt();
        assertEquals("ready\n", run.out(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(), mvnCalls());
    }

    @Test
    void aNewerSourceRebuildsOnce() throws IOException, InterruptedException {
        age(SOURCE, 1);
        Script.Result run = ensureBuilt();
        assertEquals("ready\n", run.out(), run.err());
        assertEquals("distgray: " + SOURCE + " changed since target/distgray.jar was built;"
                + " rebuilding (mvn package, about a minute)...\n", run.err());
        assertEquals(List.of("mvn -q -B -DskipTests package"), mvnCalls());

        Script.Result again = ensureBuilt();
        assertEquals("", again.err());
        assertEquals(1, mvnCalls().size(), "the rebuilt jar is current");
    }

    @Test
    void aNewerTestSourceIsNotInTheJar() throws IOException, InterruptedException {
        age(TEST, 1);
        Script.Result run = ensureBuilt();
        assertEquals("ready\n", run.out(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(), mvnCalls());
    }

    @Test
    void aNewerPomRebuilds() throws IOException, InterruptedException {
        age("pom.xml", 1);
        Script.Result run = ensureBuilt();
        assertTrue(run.err().startsWith("distgray: pom.xml changed since"), run.err());
        assertEquals(1, mvnCalls().size());
    }

    @Test
    void aMissingJarIsBuilt() throws IOException, InterruptedException {
        Files.delete(root.resolve("target/distgray.jar"));
        Script.Result run = ensureBuilt();
        assertEquals("ready\n", run.out(), run.err());
        assertTrue(run.err().startsWith("distgray: building the project first"), run.err());
        assertEquals(1, mvnCalls().size());
    }

    /** A build from before the JVM options file existed lacks it: the scripts need it. */
    @Test
    void aMissingJvmOptionsFileIsBuilt() throws IOException, InterruptedException {
        Files.delete(root.resolve(OPENS));
        Script.Result run = ensureBuilt();
        assertEquals("ready\n", run.out(), run.err());
        assertTrue(run.err().startsWith("distgray: building the project first"), run.err());
        assertEquals(1, mvnCalls().size());
        assertTrue(Files.exists(root.resolve(OPENS)));
    }
}
