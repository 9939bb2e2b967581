package org.distgray.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.distgray.image.ImageFormat;
import org.distgray.image.PixelLimit;
import org.distgray.metrics.BenchFormatException;
import org.distgray.metrics.BenchResults;
import org.distgray.metrics.HtmlReport;
import org.distgray.metrics.MetricsFile;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.RunReport;
import org.distgray.run.ConversionRun;
import org.distgray.run.ConversionSettings;
import org.distgray.run.FailureMessages;
import org.distgray.run.ImageNames;
import org.distgray.run.ReportSettings;
import org.distgray.spark.SparkBandConverter;
import org.distgray.spark.SparkImageBatch;
import org.distgray.storage.AtomicWriter;
import org.distgray.storage.FileReader;
import org.distgray.storage.InputScan;
import org.distgray.storage.OutputConflictException;
import org.distgray.storage.OutputPlan;
import org.distgray.storage.OwnFiles;
import org.distgray.storage.StreamedFile;
import org.distgray.storage.WriteFailedException;

/**
 * One run of the command on a session that is already up. Separate from {@link Main} so that
 * tests drive the real command on their shared session without it being stopped under them.
 */
public final class Cli {
    /** Every input converted, or skipped because an earlier run had converted it. */
    public static final int EXIT_OK = 0;
    /** At least one input failed, or nothing was found to convert. */
    public static final int EXIT_FAILED = 1;
    /** The command line could not be run as given. */
    public static final int EXIT_USAGE = 2;

    private Cli() {
    }

    /**
     * Converts what {@code options} name, prints the table on {@code out} and every failure and
     * the progress on {@code err}; returns the exit status.
     */
    public static int run(Options options, SparkSession session, PrintStream out,
            PrintStream err, boolean terminal, long startupMillis) {
        Configuration conf = session.sparkContext().hadoopConfiguration();
        BenchResults bench;
        try {
            bench = readBench(options.report().bench(), conf);
        } catch (IOException | BenchFormatException e) {
            err.println("distgray: " + e.getMessage());
            return EXIT_USAGE;
        }
        InputScan inputs;
        try {
            inputs = InputScan.of(options.inputs(), conf, ownFiles(options, conf),
                    ImageNames.filter());
        } catch (IOException e) {
            err.println("distgray: cannot list the inputs: " + e.getMessage());
            return EXIT_FAILED;
        }
        Optional<ImageFormat> named = ImageFormat.ofFileName(options.output());
        OutputPlan outputs = OutputPlan.of(options.output(),
                inputs.isSingleFile() && named.isPresent());
        ConversionSettings settings = new ConversionSettings(options.format(), options.quality(),
                options.overwrite(), options.partitions(), PixelLimit.of(options.maxPixels()),
                options.method(), options.mode());
        if (outputs.isSingleFile()) {
            settings = settings.withFormat(named.get());
        }
        RecordLog log;
        try {
            log = options.metrics() == null ? RecordLog.discarding()
                    : openLog(options.metrics(), conf);
        } catch (WriteFailedException e) {
            err.println(options.metrics() + ": cannot write the metrics: " + e.getMessage());
            return EXIT_FAILED;
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(session.sparkContext());
        RunReport report;
        try (RecordLog records = log;
                SparkBandConverter converter = new SparkBandConverter(context, records)) {
            report = new ConversionRun(conf, converter, new SparkImageBatch(context), settings,
                    records).run(inputs, outputs, new ReportSettings(
                            session.sparkContext().master(), startupMillis, err,
                            !options.quiet(), terminal));
        }
        out.print(report.table());
        out.flush();
        boolean metricsWritten = options.metrics() == null
                || writeMetrics(report, log, options.metrics(), conf, err);
        boolean pageWritten = options.report().page() == null
                || writePage(report, bench, options.report().page(), conf, err);
        boolean noneFailed = !report.images().isEmpty() && report.failed() == 0;
        return noneFailed && metricsWritten && pageWritten ? EXIT_OK : EXIT_FAILED;
    }

    /** The bench results the report is to show, read before any image is converted. */
    private static BenchResults readBench(String bench, Configuration conf)
            throws IOException, BenchFormatException {
        if (bench == null) {
            return BenchResults.none();
        }
        byte[] bytes;
        try {
            bytes = new FileReader(conf).readAll(new Path(bench));
        } catch (IOException e) {
            throw new IOException(bench + ": cannot read the bench results: "
                    + FailureMessages.oneLine(e), e);
        }
        return BenchResults.parse(new String(bytes, StandardCharsets.UTF_8), bench);
    }

    private static boolean writePage(RunReport report, BenchResults bench, String page,
            Configuration conf, PrintStream err) {
        try {
            new AtomicWriter(conf).write(new Path(page), true, o -> o.write(
                    HtmlReport.page(report, bench).getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException | OutputConflictException e) {
            err.println(page + ": cannot write the report: " + FailureMessages.oneLine(e));
            return false;
        }
    }

    /** What this run writes, which its inputs must never include: the output, the metrics. */
    private static OwnFiles ownFiles(Options options, Configuration conf) throws IOException {
        List<Path> paths = new ArrayList<>(List.of(new Path(options.output())));
        if (options.metrics() != null) {
            paths.addAll(metricsFiles(options.metrics()));
        }
        return OwnFiles.of(paths, conf);
    }

    /** {@code --metrics FILE}: the JSON file itself, then its tasks and images CSV files. */
    private static List<Path> metricsFiles(String metrics) {
        Path json = new Path(metrics);
        return List.of(json, new Path(json.getParent(), MetricsFile.TASKS.nameFor(json.getName())),
                new Path(json.getParent(), MetricsFile.IMAGES.nameFor(json.getName())));
    }

    /**
     * Starts the two CSV files of {@code --metrics}, written record by record while the run
     * goes.
     */
    private static RecordLog openLog(String metrics, Configuration conf)
            throws WriteFailedException {
        List<Path> files = metricsFiles(metrics);
        StreamedFile tasks = StreamedFile.create(files.get(1), conf);
        try {
            return new RecordLog(tasks, StreamedFile.create(files.get(2), conf));
        } catch (WriteFailedException e) {
            tasks.close();
            throw e;
        }
    }

    /** Writes the JSON file, whole, and says whether it and the CSV files were written. */
    private static boolean writeMetrics(RunReport report, RecordLog log, String metrics,
            Configuration conf, PrintStream err) {
        List<String> failures = new ArrayList<>();
        log.failure().ifPresent(failures::add);
        try {
            new AtomicWriter(conf).write(new Path(metrics), true,
                    o -> o.write(report.toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | OutputConflictException e) {
            failures.add(e.getMessage());
        }
        for (String failure : failures) {
            err.println(metrics + ": cannot write the metrics: " + failure);
        }
        return failures.isEmpty();
    }
}
