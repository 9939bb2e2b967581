package org.distgray.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.distgray.image.ImageFormat;
import org.distgray.image.PixelLimit;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.RunReport;
import org.distgray.run.ConversionRun;
import org.distgray.run.ConversionSettings;
import org.distgray.spark.BandTaskListener;
import org.distgray.spark.SparkBandConverter;
import org.distgray.spark.SparkImageBatch;
import org.distgray.storage.AtomicWriter;
import org.distgray.storage.InputScan;
import org.distgray.storage.OutputConflictException;
import org.distgray.storage.OutputPlan;
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
        InputScan inputs;
        try {
            inputs = InputScan.of(options.inputs(), conf);
        } catch (IOException e) {
            err.println("distgray: cannot list the inputs: " + e.getMessage());
            return EXIT_FAILED;
        }
        OutputPlan outputs = OutputPlan.of(options.output(), inputs.isSingleFile());
        ConversionSettings settings = new ConversionSettings(options.format(), options.quality(),
                options.overwrite(), options.partitions(), PixelLimit.of(options.maxPixels()),
                options.method(), options.mode());
        if (outputs.isSingleFile()) {
            settings = settings.withFormat(ImageFormat.fromName(outputs.fileExtension())
                    .orElseThrow());
        }
        RecordLog log;
        try {
            log = options.metrics() == null ? RecordLog.discarding()
                    : openLog(new Path(options.metrics()), conf);
        } catch (WriteFailedException e) {
            err.println(options.metrics() + ": cannot write the metrics: " + e.getMessage());
            return EXIT_FAILED;
        }
        BandTaskListener listener = new BandTaskListener(log);
        RunReport report;
        try (RecordLog records = log; SparkBandConverter converter = new SparkBandConverter(
                JavaSparkContext.fromSparkContext(session.sparkContext()), listener)) {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(session.sparkContext());
            report = new ConversionRun(conf, converter, listener, new SparkImageBatch(context),
                    settings, records).run(inputs, outputs,
                    session.sparkContext().master(), startupMillis, err, !options.quiet(),
                    terminal);
        }
        out.print(report.table());
        out.flush();
        boolean metricsWritten = options.metrics() == null
                || writeMetrics(report, log, options.metrics(), conf, err);
        boolean noneFailed = !report.images().isEmpty() && report.failed() == 0;
        return noneFailed && metricsWritten ? EXIT_OK : EXIT_FAILED;
    }

    /**
     * Starts the two CSV files beside {@code json}: {@code <stem>-tasks.csv} and
     * {@code <stem>-images.csv}, written record by record while the run goes.
     */
    private static RecordLog openLog(Path json, Configuration conf) throws WriteFailedException {
        String stem = json.getName().replaceFirst("\\.json$", "");
        StreamedFile tasks = StreamedFile.create(new Path(json.getParent(), stem + "-tasks.csv"),
                conf);
        try {
            return new RecordLog(tasks, StreamedFile.create(
                    new Path(json.getParent(), stem + "-images.csv"), conf));
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
