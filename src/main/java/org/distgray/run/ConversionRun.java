package org.distgray.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.Progress;
import org.distgray.metrics.ProgressPrinter;
import org.distgray.metrics.RunReport;
import org.distgray.spark.BandTaskListener;
import org.distgray.spark.SparkBandConverter;
import org.distgray.storage.InputFile;
import org.distgray.storage.InputProblem;
import org.distgray.storage.InputScan;
import org.distgray.storage.OutputPlan;

/**
 * Converts every input of a run in turn on one Spark session, keeping the others going when one
 * fails. Each failure is reported as one {@code path: reason} line as it happens; the returned
 * report holds the outcome of every input and every band.
 */
public final class ConversionRun {
    private final Configuration conf;
    private final SparkBandConverter converter;
    private final BandTaskListener listener;
    private final ConversionSettings settings;

    public ConversionRun(Configuration conf, SparkBandConverter converter,
            BandTaskListener listener, ConversionSettings settings) {
        if (conf == null || converter == null || listener == null || settings == null) {
            throw new IllegalArgumentException("configuration, converter, listener and settings"
                    + " are required");
        }
        this.conf = conf;
        this.converter = converter;
        this.listener = listener;
        this.settings = settings;
    }

    /**
     * Runs the conversion of what {@code inputs} found into {@code outputs}.
     *
     * @param progressOut where progress and failures go; progress only when {@code showProgress}
     * @param terminal    whether {@code progressOut} is a terminal (one redrawn line)
     */
    public RunReport run(InputScan inputs, OutputPlan outputs, String master, long startupMillis,
            PrintStream progressOut, boolean showProgress, boolean terminal) {
        long started = System.nanoTime();
        List<ImageRecord> records = new ArrayList<>();
        List<InputFile> files = inputs.files();
        Progress progress = new Progress(files.size(), started);
        listener.reportTo(progress);
        ProgressPrinter printer = showProgress
                ? ProgressPrinter.start(progress, progressOut, terminal) : null;
        try {
            for (InputProblem problem : inputs.problems()) {
                records.add(ImageRecord.failed(problem.argument(), null, null, 0, 0,
                        problem.reason(), new PhaseTimes()));
                report(printer, progressOut, problem.argument() + ": " + problem.reason());
            }
            ImageConversion conversion = new ImageConversion(conf, converter, settings, outputs);
            for (int i = 0; i < files.size(); i++) {
                ImageRecord record = conversion.convert(i + 1, files.get(i), progress);
                records.add(record);
                if (record.status() == ImageRecord.Status.FAILED) {
                    report(printer, progressOut, record.path() + ": " + record.error());
                }
            }
        } finally {
            if (printer != null) {
                printer.close();
            }
            listener.reportTo(null);
        }
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        return new RunReport(master, startupMillis, wallMillis, records, listener.records());
    }

    private static void report(ProgressPrinter printer, PrintStream out, String line) {
        if (printer != null) {
            printer.printAbove(line);
        } else {
            out.println(line);
        }
    }
}
