package org.distgray.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.distgray.cli.Cli;
import org.distgray.cli.OptionsParser;
import org.distgray.cli.UsageException;

/**
 * Runs the real command in-process on the shared session and keeps what it printed: the whole
 * CLI path (parsing, listing, planning, Spark jobs, writing) without a JVM start per test.
 */
public record CliRun(int exit, String out, String err) {
    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(OptionsParser.parse(args), SharedSpark.session(), o, e, false, 0);
        } catch (UsageException usage) {
            throw new AssertionError("usage error: " + usage.getMessage(), usage);
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code arguments} followed by {@code extra}. */
    public static CliRun of(List<String> arguments, List<String> extra) {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(extra);
        return of(all.toArray(String[]::new));
    }

    /** Non-empty lines of stderr. */
    public List<String> errLines() {
        return Arrays.stream(err.split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
