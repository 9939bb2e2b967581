package org.distgray.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the scripts in submit/ as a separate process, the way a user does, with a time
 * bound; the process and everything it started are killed when it ends or times out.
 */
public final class Script implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private Script(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** The outcome of a finished script. */
    public record Result(int exit, String out, String err) {
    }

    /**
     * Starts {@code submit/NAME ARGS} with {@code env} added; output goes to files in
     * {@code logs}.
     */
    public static Script start(Path logs, Map<String, String> env, String name, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "submit/" + name));
        command.addAll(List.of(args));
        return launch(logs, env, name, command);
    }

    /**
     * As {@link #start(Path, Map, String, String...)}, in a process group of its own as a
     * terminal runs a command, so that {@link #pressCtrlC()} reaches the script and what it runs
     * in the foreground, and nothing else.
     */
    public static Script startInOwnGroup(Path logs, Map<String, String> env, String name,
            String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("setsid", "bash", "submit/" + name));
        command.addAll(List.of(args));
        return launch(logs, env, name, command);
    }

    /**
     * Runs the bash code {@code code} to the end, at most {@code limit}: for tests of the
     * functions in submit/common.sh.
     */
    public static Result runBash(Path logs, Map<String, String> env, Duration limit, String code)
            throws IOException, InterruptedException {
        try (Script script = launch(logs, env, "bash", List.of("bash", "-c", code))) {
            return script.await(limit);
        }
    }

    private static Script launch(Path logs, Map<String, String> env, String name,
            List<String> command) throws IOException {
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, name, ".out");
        Path err = Files.createTempFile(logs, name, ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(env);
        return new Script(builder.start(), out, err);
    }

    /** Runs {@code submit/NAME ARGS} to the end, at most {@code minutes}. */
    public static Result run(Path logs, Map<String, String> env, long minutes, String name,
            String... args) throws IOException, InterruptedException {
        try (Script script = start(logs, env, name, args)) {
            return script.await(minutes);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends {@code signal} (TERM, INT, ...) to the script's own process, as {@code kill} does. */
    public void signal(String signal) throws IOException, InterruptedException {
        kill("-" + signal, String.valueOf(process.pid()));
    }

    /**
     * SIGINT to the script's process group, as Ctrl-C in a terminal: for a script started by
     * {@link #startInOwnGroup}.
     */
    public void pressCtrlC() throws IOException, InterruptedException {
        kill("-INT", "--", "-" + process.pid());
    }

    private static void kill(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill"));
        command.addAll(List.of(args));
        Process kill = new ProcessBuilder(command).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            kill.destroyForcibly();
            throw new IOException("could not run " + String.join(" ", command));
        }
    }

    /** Waits for the end, at most {@code minutes}; fails the test on a timeout. */
    public Result await(long minutes) throws IOException, InterruptedException {
        return await(Duration.ofMinutes(minutes));
    }

    /** Waits for the end, at most {@code limit}; fails the test on a timeout. */
    public Result await(Duration limit) throws IOException, InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new AssertionError("submit script did not finish in " + limit.toSeconds()
                    + " s; stderr:\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
