package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distgray.testing.BenchCsv;
import org.distgray.testing.CliRun;
import org.distgray.testing.FileTree;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * --report writes the run's page atomically with one bar per task the metrics record;
 * --report-bench adds the bench charts; a bench file that cannot be read stops the run before
 * anything is converted, in one line.
 */
@ExtendWith(SharedSpark.class)
class ReportOptionTest {
    @TempDir
    Path dir;

    @Test
    void pageHasOneBarPerTaskOfTheMetrics() throws IOException {
        Path first = Files.write(dir.resolve("a & 'b'.png"),
                TestImages.png(TestImages.random(60, 90, false, 1)));
        Path second = Files.write(dir.resolve("c.png"),
                TestImages.png(TestImages.random(30, 50, false, 2)));
        Path bench = Files.writeString(dir.resolve("bench.csv"),
                BenchCsv.BAND_ON_TWO_CORES);
        Path page = dir.resolve("report/run.html");

        CliRun run = CliRun.of(first.toString(), second.toString(), "-o",
                dir.resolve("out").toString(), "--partitions", "5", "--quiet", "--metrics",
                dir.resolve("report/run.json").toString(), "--report", page.toString(),
                "--report-bench", bench.toString());

        assertEquals(Cli.EXIT_OK, run.exit(), run.err());
        String html = Files.readString(page);
        int tasks = Files.readAllLines(dir.resolve("report/run-tasks.csv")).size() - 1;
        assertEquals(10, tasks, "five bands of each image");
        assertEquals(tasks, count(html, "<rect class=\"task[ \"]"), "one bar per task");
        assertTrue(html.contains("a &amp; &#39;b&#39;.png"), "path escaped in the page");
        assertEquals(4, count(html, "<circle class=\"bench-point\""),
                "two runs in the speedup chart and in the efficiency chart");
        assertEquals(List.of("run-images.csv", "run-tasks.csv", "run.html", "run.json"),
                FileTree.files(dir.resolve("report")), "written in place, nothing left over");
    }

    @Test
    void unreadableBenchFileStopsTheRunInOneLine() throws IOException {
        Path input = Files.write(dir.resolve("a.png"),
                TestImages.png(TestImages.random(20, 20, false, 3)));
        Path missing = dir.resolve("none.csv");
        Path notBench = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");

        CliRun gone = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(),
                "--report", dir.resolve("r.html").toString(), "--report-bench",
                missing.toString());
        CliRun wrong = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(),
                "--report", dir.resolve("r.html").toString(), "--report-bench",
                notBench.toString());

        assertEquals(Cli.EXIT_USAGE, gone.exit());
        assertEquals(List.of("distgray: " + missing + ": cannot read the bench results: no such"
                + " file"), gone.errLines());
        assertEquals(Cli.EXIT_USAGE, wrong.exit());
        assertEquals(List.of("distgray: " + notBench + ": no column 'workload' (expected the"
                + " CSV submit/bench writes)"), wrong.errLines());
        assertFalse(Files.exists(dir.resolve("out")), "nothing converted");
        assertFalse(Files.exists(dir.resolve("r.html")));
    }

    @Test
    void reportThatCannotBeWrittenIsOneLineAndExitOne() throws IOException {
        Path input = Files.write(dir.resolve("a.png"),
                TestImages.png(TestImages.random(20, 20, false, 3)));
        Path file = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path taken = file.resolve("run.html");

        CliRun run = CliRun.of(input.toString(), "-o", dir.resolve("out").toString(),
                "--quiet", "--report", taken.toString());

        assertEquals(Cli.EXIT_FAILED, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith(taken + ": cannot write the report: "),
                run.err());
        assertTrue(Files.exists(dir.resolve("out/a.png")), "the image itself was converted");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
