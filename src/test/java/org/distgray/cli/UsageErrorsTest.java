package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A command line that cannot run exits with 2, a one-line reason and the usage, before Spark. */
class UsageErrorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "in.jpg                                | no output given",
        "-o out                                | no INPUT given",
        "in.jpg -o out --quality 0             | --quality must be between 1 and 100",
        "in.jpg -o out --quality high          | --quality needs a whole number",
        "in.jpg -o out --format gif            | --format must be png, jpeg or same",
        "in.jpg -o out --method hsv            | --method must be bt601, bt709, average or"
                + " luminance",
        "in.jpg -o out --mode tiles            | --mode must be auto, bands or images",
        "in/ -o out --mode images --partitions 4 | with --mode images every image is converted"
                + " whole",
        "in.jpg -o out --partitions 0          | --partitions must be between 1",
        "in.jpg -o out --max-pixels -5         | --max-pixels must be between 1",
        "in.jpg -o out --conf nokey            | --conf needs key=value",
        "in.jpg -o out --frobnicate            | unknown option --frobnicate",
        "in.jpg -o out --quiet=yes             | --quiet takes no value",
        "in.jpg -o out -o other                | -o OUTPUT given twice",
        "in.jpg -o out.jpg --format png        | names a JPEG file but --format asks for PNG",
        "in.jpg -o out --metrics               | --metrics needs a value",
        "in.jpg -o out --report run.txt        | its file name must end .html, not 'run.txt'",
        "in.jpg -o out --report-bench b.csv    | --report-bench adds to the page of --report"})
    void refusedWithReasonAndUsage(String args, String reason) {
        Refusal run = refused(args.trim().split("\\s+"));
        assertEquals(Cli.EXIT_USAGE, run.exit());
        assertTrue(run.err().startsWith("distgray: "), run.err());
        assertTrue(run.err().contains(reason.trim()), run.err());
        assertTrue(run.err().contains("usage: distgray"), run.err());
    }

    @ParameterizedTest
    @CsvSource({"--help", "-h"})
    void helpPrintsUsageAndSucceeds(String flag) {
        Refusal run = refused("in.jpg", flag);
        assertEquals(Cli.EXIT_OK, run.exit());
        assertTrue(run.out().contains("--max-pixels"), run.out());
    }

    /** Runs {@link Main} up to where it would start Spark: for command lines it must refuse. */
    private static Refusal refused(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Refusal(exit, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    private record Refusal(int exit, String out, String err) {
        List<String> errLines() {
            return Arrays.stream(err.split("\n")).filter(l -> !l.isBlank()).toList();
        }
    }
}
