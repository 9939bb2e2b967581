package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distgray.image.KernelChoice;
import org.distgray.testing.CliRun;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** --metrics writes the table's content, every task and every input as JSON, tasks also as CSV. */
@ExtendWith(SharedSpark.class)
class MetricsFileTest {
    @TempDir
    Path dir;

    @Test
    void jsonAndCsvDescribeTheRun() throws IOException {
        Path good = Files.write(dir.resolve("good.png"),
                TestImages.png(TestImages.random(50, 200, false, 1)));
        Path bad = Files.write(dir.resolve("bad.jpg"), new byte[0]);
        Path metrics = dir.resolve("report/run.json");
        CliRun run = CliRun.of(good.toString(), bad.toString(), "-o",
                dir.resolve("out").toString(), "--partitions", "6", "--metrics",
                metrics.toString(), "--quiet");
        assertEquals(Cli.EXIT_FAILED, run.exit());

        String json = Files.readString(metrics);
        assertEquals(2, count(json, "\"path\": "), json);
        assertTrue(json.contains("\"status\": \"converted\""), json);
        assertTrue(json.contains("\"status\": \"failed\""), json);
        assertTrue(json.contains("\"error\": \"empty file (0 bytes)\""), json);
        assertTrue(json.contains("\"width\": 50") && json.contains("\"height\": 200"), json);
        assertEquals(6, count(json, "\"band\": "), "one record per task");
        assertEquals(1, count(json, "\"busy_ms\": "), "one executor in local mode");
        assertEquals(10000, sum(json, "\"pixels\": (\\d+),\\s+\"bytes_in\""),
                "task pixels add up to the image");
        for (String key : List.of("read", "decode", "convert", "collect", "encode", "write",
                "wall_ms", "megapixels_per_second", "launch_ms", "finish_ms", "executor_run_ms",
                "gc_ms", "bytes_out", "host")) {
            assertTrue(json.contains("\"" + key + "\": "), key + " in " + json);
        }

        // The kernel the band tasks ran, for the run and for the image that was converted.
        assertEquals(2, count(json, "\"kernel\": \"" + KernelChoice.name() + "\""), json);
        assertTrue(KernelChoice.name().startsWith("vector-"), KernelChoice.name());

        List<String> csv = Files.readAllLines(dir.resolve("report/run-tasks.csv"));
        assertTrue(csv.get(0).startsWith("image,band,rows,pixels,bytes_in,bytes_out,executor,host"));
        assertEquals(7, csv.size(), "header and six tasks");

        List<String> images = Files.readAllLines(dir.resolve("report/run-images.csv"));
        assertEquals(3, images.size(), "header and two inputs");
        assertTrue(images.get(0).startsWith("path,output,format,width,height,pixels,bands,"
                + "input_bytes,output_bytes,status,error,executor,host,start_ms,end_ms,read_ms,"
                + "decode_ms,convert_ms"), images.get(0));
        long goodBytes = Files.size(good);
        assertTrue(images.stream().anyMatch(l -> l.startsWith(good.toString() + ",")
                && l.contains(",png,50,200,10000,6," + goodBytes + ",")
                && l.contains(",converted,,driver,") && l.endsWith("," + KernelChoice.name())),
                String.join("\n", images));
        assertTrue(images.stream().anyMatch(l -> l.startsWith(bad.toString() + ",")
                && l.contains(",failed,empty file (0 bytes),")), String.join("\n", images));
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static long sum(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }
}
