package org.distgray.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a run measured, shown two ways from the same numbers: the table printed at the end
 * and the JSON (plus a per-task CSV) written with {@code --metrics}, so what a user reads and what
 * a notebook plots never disagree.
 */
public final class RunReport {
    private final String master;
    private final long startupMillis;
    private final long wallMillis;
    private final List<ImageRecord> images;
    private final List<TaskRecord> tasks;
    private final List<ExecutorSummary> executors;
    private final Map<Phase, Long> phaseMillis = new EnumMap<>(Phase.class);

    /**
     * @param startupMillis time to start the Spark session, before the first image
     * @param wallMillis    time from the first image read to the last output written
     */
    public RunReport(String master, long startupMillis, long wallMillis, List<ImageRecord> images,
            List<TaskRecord> tasks) {
        if (startupMillis < 0 || wallMillis < 0) {
            throw new IllegalArgumentException("times must not be negative");
        }
        this.master = master;
        this.startupMillis = startupMillis;
        this.wallMillis = wallMillis;
        this.images = List.copyOf(images);
        this.tasks = List.copyOf(tasks);
        this.executors = ExecutorSummary.of(this.tasks);
        for (Phase phase : Phase.values()) {
            long sum = 0;
            for (ImageRecord image : this.images) {
                sum += image.phaseMillis(phase);
            }
            phaseMillis.put(phase, sum);
        }
    }

    public List<ImageRecord> images() {
        return images;
    }

    public List<ExecutorSummary> executors() {
        return executors;
    }

    public long phaseMillis(Phase phase) {
        return phaseMillis.get(phase);
    }

    public int converted() {
        return (int) images.stream().filter(i -> i.status() == ImageRecord.Status.CONVERTED).count();
    }

    /** Pixels of the converted images. */
    public long convertedPixels() {
        return images.stream().filter(i -> i.status() == ImageRecord.Status.CONVERTED)
                .mapToLong(ImageRecord::pixels).sum();
    }

    /** Megapixels per second of wall time, over the converted images. */
    public double megapixelsPerSecond() {
        return wallMillis == 0 ? 0 : convertedPixels() / 1e3 / wallMillis;
    }

    /** The end-of-run table. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "distgray: %d of %d images converted, %.1f MP in %s (%.1f MP/s); master %s,"
                        + " Spark started in %s%n",
                converted(), images.size(), convertedPixels() / 1e6, seconds(wallMillis),
                megapixelsPerSecond(), master, seconds(startupMillis)));
        if (!executors.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%-10s %-24s %7s %9s %10s %7s%n",
                    "executor", "host", "bands", "MP", "busy", "share"));
            for (ExecutorSummary e : executors) {
                out.append(String.format(Locale.ROOT, "%-10s %-24s %7d %9.1f %10s %6.1f%%%n",
                        e.id(), e.host(), e.bands(), e.pixels() / 1e6, seconds(e.busyMillis()),
                        100 * e.share()));
            }
        }
        out.append(String.format(Locale.ROOT, "%n%-22s %10s %7s%n", "phase", "wall", "share"));
        for (Phase phase : Phase.values()) {
            long ms = phaseMillis(phase);
            out.append(String.format(Locale.ROOT, "%-22s %10s %6.1f%%%n", phase.label(),
                    seconds(ms), wallMillis == 0 ? 0 : 100.0 * ms / wallMillis));
        }
        out.append(String.format(Locale.ROOT, "%-22s %10s%n", "total", seconds(wallMillis)));
        return out.toString();
    }

    /** The JSON metrics file. */
    public String toJson() {
        Json.Obj phases = Json.object();
        for (Phase phase : Phase.values()) {
            phases.put(phase.key(), phaseMillis(phase));
        }
        return Json.object()
                .put("master", master)
                .put("startup_ms", startupMillis)
                .put("wall_ms", wallMillis)
                .put("images_total", images.size())
                .put("images_converted", converted())
                .put("pixels_converted", convertedPixels())
                .put("megapixels_per_second", megapixelsPerSecond())
                .put("phase_ms", phases)
                .put("executors", Json.array(executors, ExecutorSummary::toJson))
                .put("images", Json.array(images, ImageRecord::toJson))
                .put("tasks", Json.array(tasks, TaskRecord::toJson))
                .toString();
    }

    /** One line per task, for tools that prefer a flat table. */
    public String tasksCsv() {
        return csv(TaskRecord.CSV_HEADER, tasks, TaskRecord::csvRow);
    }

    /** One line per input: its outcome, size and phase times. */
    public String imagesCsv() {
        return csv(ImageRecord.csvHeader(), images, ImageRecord::csvRow);
    }

    private static <T> String csv(String header, List<T> items,
            java.util.function.Function<T, String> row) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        for (T item : items) {
            lines.add(row.apply(item));
        }
        return String.join("\n", lines) + "\n";
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
