package org.distgray.hdfs;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.distgray.cli.Cli;
import org.distgray.cli.OptionsParser;
import org.distgray.cli.UsageException;
import org.distgray.testing.SharedSpark;

/** Runs the real command in-process on the shared Spark session and keeps what it printed. */
record CommandRun(int exit, String out, String err) {
    /** Runs {@code arguments} followed by {@code extra}. */
    static CommandRun of(List<String> arguments, List<String> extra) {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(extra);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(OptionsParser.parse(all.toArray(String[]::new)),
                    SharedSpark.session(), o, e, false, 0);
        } catch (UsageException usage) {
            throw new AssertionError("usage error: " + usage.getMessage(), usage);
        }
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Non-empty lines of stderr. */
    List<String> errLines() {
        return Arrays.stream(err.split("\n")).filter(l -> !l.isBlank()).toList();
    }
}
