package org.distgray.run;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.distgray.metrics.ImageRecord;
import org.distgray.metrics.PhaseTimes;
import org.distgray.metrics.Progress;
import org.distgray.metrics.ProgressPrinter;
import org.distgray.metrics.RecordLog;
import org.distgray.metrics.RunReport;
import org.distgray.spark.SparkBandConverter;
import org.distgray.spark.SparkImageBatch;
import org.distgray.storage.AtomicWriter;
import org.distgray.storage.InputProblem;
import org.distgray.storage.InputScan;
import org.distgray.storage.OutputPlan;

/**
 * Converts every input of a run on one Spark session, keeping the others going when one fails:
 * in band mode one image after another, each cut across the cluster; in image mode all at once,
 * whole images on the executors. Each failure is reported as one {@code path: reason} line, and
 * each input's record goes to the run's {@link RecordLog}, as soon as the input is done; the
 * returned report holds the outcome of every input and every band.
 */
public final class ConversionRun {
    private final Configuration conf;
    private final SparkBandConverter converter;
    private final SparkImageBatch batch;
    private final ConversionSettings settings;
    private final RecordLog log;

    public ConversionRun(Configuration conf, SparkBandConverter converter, SparkImageBatch batch,
            ConversionSettings settings, RecordLog log) {
        if (conf == null || converter == null || batch == null || settings == null
                || log == null) {
            throw new IllegalArgumentException("configuration, converter, batch, settings and"
                    + " log are required");
        }
        this.conf = conf;
        this.converter = converter;
        this.batch = batch;
        this.settings = settings;
        this.log = log;
    }

    /**
     * Runs the conversion of what {@code inputs} found into {@code outputs}, telling of it as
     * {@code reporting} says.
     */
    public RunReport run(InputScan inputs, OutputPlan outputs, ReportSettings reporting) {
        long started = System.nanoTime();
        PrintStream progressOut = reporting.out();
        List<ImageRecord> records = new ArrayList<>();
        for (InputProblem problem : inputs.problems()) {
            records.add(finished(ImageRecord.failed(problem.argument(), null, null, 0, 0,
                    problem.reason(), new PhaseTimes()), null, progressOut));
        }
        TargetPlanner.Plan plan = new TargetPlanner(conf, outputs, settings).plan(inputs.files());
        for (ImageRecord refused : plan.refused()) {
            records.add(finished(refused, null, progressOut));
        }
        List<ImageTask> tasks = plan.tasks();
        removeLeftovers(tasks, progressOut);
        Mode mode = settings.mode().resolve(tasks.size(), batch.slots(),
                settings.partitions() > 0);
        Progress progress = mode == Mode.IMAGES ? Progress.ofBatch(tasks.size(), started)
                : new Progress(tasks.size(), started);
        converter.reportTo(progress);
        ProgressPrinter printer = reporting.showProgress()
                ? ProgressPrinter.start(progress, progressOut, reporting.terminal()) : null;
        try {
            if (mode == Mode.IMAGES) {
                records.addAll(convertBatch(tasks, progress, printer, progressOut));
                removeLeftovers(tasks, progressOut);
            } else if (!tasks.isEmpty()) {
                converter.warmUp(settings.method());
                ImageConversion conversion = new ImageConversion(conf,
                        new ClusterBands(converter, settings.partitions()), settings);
                for (ImageTask task : tasks) {
                    long start = System.currentTimeMillis();
                    ImageRecord record = conversion.convert(task, progress).ranOn(
                            ImageRecord.DRIVER, converter.driverHost(), start,
                            Math.max(start, System.currentTimeMillis()));
                    records.add(finished(record, printer, progressOut));
                }
            }
        } finally {
            if (printer != null) {
                printer.close();
            }
            converter.reportTo(null);
        }
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        return new RunReport(reporting.master(), mode.key(), reporting.startupMillis(), wallMillis,
                records, converter.taskRecords());
    }

    /**
     * Image mode: the whole batch as one Spark job. When Spark gives up on the job (no executor,
     * a task that failed too often), the inputs whose task had ended keep their records and each
     * other input fails with the job's reason, so the run still ends with its table.
     */
    private List<ImageRecord> convertBatch(List<ImageTask> tasks, Progress progress,
            ProgressPrinter printer, PrintStream out) {
        Map<String, ImageRecord> done = new ConcurrentHashMap<>();
        try {
            return batch.convert(tasks, conf, new ExecutorConversion(settings),
                    task -> task.input().length(), progress,
                    "distgray: batch of " + tasks.size() + " images", record -> {
                        done.put(record.path(), record);
                        finished(record, printer, out);
                    }, converter::recordBatchTask);
        } catch (Exception e) {
            // Spark's job failures are checked SparkExceptions that its Scala code throws
            // undeclared.
            String reason = "conversion failed: " + FailureMessages.oneLine(e);
            List<ImageRecord> records = new ArrayList<>(tasks.size());
            for (ImageTask task : tasks) {
                ImageRecord record = done.get(task.input().displayPath());
                records.add(record != null ? record : finished(ImageRecord.failed(
                        task.input().displayPath(), task.target().toString(), null, 0, 0, reason,
                        new PhaseTimes()), printer, out));
            }
            return records;
        }
    }

    /**
     * Removes what killed runs left in the output folders of this one: a temporary file whose
     * rename never came is no output, and its input is converted again. Run before converting,
     * and in image mode again at the end, for the writes of executors lost during the run.
     */
    private void removeLeftovers(List<ImageTask> tasks, PrintStream out) {
        Set<Path> folders = new LinkedHashSet<>();
        for (ImageTask task : tasks) {
            Path folder = task.target().getParent();
            if (folder != null) {
                folders.add(folder);
            }
        }
        AtomicWriter writer = new AtomicWriter(conf);
        for (Path folder : folders) {
            try {
                writer.removeLeftovers(folder);
            } catch (IOException e) {
                out.println(folder + ": cannot remove the temporary files of an earlier run: "
                        + e.getMessage());
            }
        }
    }

    /** Logs an input that is done and, when it failed, prints its one line; returns it. */
    private ImageRecord finished(ImageRecord record, ProgressPrinter printer, PrintStream out) {
        log.image(record);
        if (record.status() == ImageRecord.Status.FAILED) {
            String line = record.path() + ": " + record.error();
            if (printer != null) {
                printer.printAbove(line);
            } else {
                out.println(line);
            }
        }
        return record;
    }
}
