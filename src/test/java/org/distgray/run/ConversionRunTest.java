package org.distgray.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.distgray.image.GrayMethod;
import org.distgray.image.PixelLimit;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.RunReport;
import org.distgray.spark.SparkBandConverter;
import org.distgray.spark.SparkImageBatch;
import org.distgray.storage.InputScan;
import org.distgray.storage.OutputPlan;
import org.distgray.storage.OwnFiles;
import org.distgray.testing.SharedSpark;
import org.distgray.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run numbers its inputs in order and keeps going past failures: arguments that name nothing
 * come first in the report, every band is counted under the number of its image, and on a
 * terminal each failure is one line of its own beside the redrawn progress line, whose final
 * state counts every band.
 */
@ExtendWith(SharedSpark.class)
class ConversionRunTest {
    private static final int PARTITIONS = 4;

    @TempDir
    Path dir;

    private Path first;
    private Path broken;
    private Path third;
    private Path missing;

    @BeforeEach
    void writeInputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        first = Files.write(in.resolve("a.png"),
                TestImages.png(TestImages.random(30, 40, false, 1)));
        broken = Files.write(in.resolve("b.png"), new byte[0]);
        third = Files.write(in.resolve("c.png"),
                TestImages.png(TestImages.random(20, 70, true, 2)));
        missing = dir.resolve("missing.png");
    }

    /**
     * Runs the folder and the missing file with progress on {@code err} as a terminal; the task
     * records go to {@code tasksCsv}.
     */
    private RunReport run(PrintStream err, ByteArrayOutputStream tasksCsv) throws IOException {
        Configuration conf = SharedSpark.session().sparkContext().hadoopConfiguration();
        InputScan inputs = InputScan.of(List.of(dir.resolve("in").toString(), missing.toString()),
                conf, OwnFiles.none(), ImageNames.filter());
        ConversionSettings settings = new ConversionSettings(null, 90, false, PARTITIONS,
                PixelLimit.of(PixelLimit.DEFAULT_MAX_PIXELS), GrayMethod.BT601, Mode.BANDS);
        RecordLog log = new RecordLog(tasksCsv, OutputStream.nullOutputStream());
        JavaSparkContext context = JavaSparkContext.fromSparkContext(
                SharedSpark.session().sparkContext());
        try (SparkBandConverter converter = new SparkBandConverter(context, log)) {
            return new ConversionRun(conf, converter, new SparkImageBatch(context), settings,
                    log).run(inputs, OutputPlan.of(dir.resolve("out").toString(), false),
                    new ReportSettings("local[2]", 0, err, true, true));
        }
    }

    @Test
    void inputsAreReportedInOrderWithTheirBandsUnderTheirNumber() throws IOException {
        ByteArrayOutputStream tasksCsv = new ByteArrayOutputStream();
        RunReport report = run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), tasksCsv);

        List<ImageRecord> images = report.images();
        assertEquals(List.of(missing.toString(), first.toString(), broken.toString(),
                third.toString()), images.stream().map(ImageRecord::path).toList());
        assertEquals(List.of(ImageRecord.Status.FAILED, ImageRecord.Status.CONVERTED,
                ImageRecord.Status.FAILED, ImageRecord.Status.CONVERTED),
                images.stream().map(ImageRecord::status).toList());
        assertEquals(PARTITIONS, images.get(1).bands());
        assertEquals(PARTITIONS, images.get(3).bands());

        Map<Integer, Integer> rowsByImage = new TreeMap<>();
        Map<Integer, Integer> bandsByImage = new TreeMap<>();
        List<String> tasks = tasksCsv.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        for (String task : tasks) {
            String[] fields = task.split(",", 4);
            rowsByImage.merge(Integer.parseInt(fields[0]), Integer.parseInt(fields[2]),
                    Integer::sum);
            bandsByImage.merge(Integer.parseInt(fields[0]), 1, Integer::sum);
        }
        assertEquals(Map.of(1, 40, 3, 70), rowsByImage, "rows per image number in\n" + tasks);
        assertEquals(Map.of(1, PARTITIONS, 3, PARTITIONS), bandsByImage);
    }

    @Test
    void eachFailureIsOneLineAndTheFinalProgressCountsEveryBand() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run(new PrintStream(bytes, true, StandardCharsets.UTF_8), new ByteArrayOutputStream());

        // A redrawn line is one line of the stream: split on line feeds only, keep the last draw.
        List<String> lines = Arrays.stream(bytes.toString(StandardCharsets.UTF_8).split("\n"))
                .map(line -> line.substring(line.lastIndexOf('\r') + 1).stripTrailing())
                .toList();
        assertEquals(List.of(missing + ": no such file or directory",
                broken + ": empty file (0 bytes)"), lines.subList(0, lines.size() - 1));
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("image 3/3  bands 8/8  0.0/0.0 MP  100.0%"), last);
    }
}
