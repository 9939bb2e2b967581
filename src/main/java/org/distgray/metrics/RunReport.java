package org.distgray.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything a run measured, shown two ways from the same numbers: the table printed at the end
 * and the JSON written with {@code --metrics} (whose CSV files {@link RecordLog} writes as the
 * run goes, from the same records), so what a user reads and what a notebook plots never
 * disagree.
 */
public final class RunReport {
    private final String master;
    private final String mode;
    private final long startupMillis;
    private final long wallMillis;
    private final List<ImageRecord> images;
    private final List<TaskRecord> tasks;
    private final List<ExecutorSummary> executors;
    private final Map<Phase, Long> phaseMillis = new EnumMap<>(Phase.class);

    /**
     * @param mode          {@code bands} or {@code images}: what the executors were given
     * @param startupMillis time to start the Spark session, before the first image
     * @param wallMillis    time from the first image read to the last output written
     */
    public RunReport(String master, String mode, long startupMillis, long wallMillis,
            List<ImageRecord> images, List<TaskRecord> tasks) {
        if (startupMillis < 0 || wallMillis < 0) {
            throw new IllegalArgumentException("times must not be negative");
        }
        this.master = master;
        this.mode = mode;
        this.startupMillis = startupMillis;
        this.wallMillis = wallMillis;
        this.images = List.copyOf(images);
        this.tasks = List.copyOf(tasks);
        this.executors = "images".equals(mode) ? ExecutorSummary.ofImages(this.images)
                : ExecutorSummary.of(this.tasks);
        for (Phase phase : Phase.values()) {
            long sum = 0;
            for (ImageRecord image : this.images) {
                sum += image.phaseMillis(phase);
            }
            phaseMillis.put(phase, sum);
        }
    }

    /** The Spark master URL the run used. */
    public String master() {
        return master;
    }

    /** {@code bands} or {@code images}. */
    public String mode() {
        return mode;
    }

    public long startupMillis() {
        return startupMillis;
    }

    public long wallMillis() {
        return wallMillis;
    }

    public List<ImageRecord> images() {
        return images;
    }

    /** Every band task attempt, in the order they ended; empty in image mode. */
    public List<TaskRecord> tasks() {
        return tasks;
    }

    public List<ExecutorSummary> executors() {
        return executors;
    }

    public long phaseMillis(Phase phase) {
        return phaseMillis.get(phase);
    }

    public int converted() {
        return count(ImageRecord.Status.CONVERTED);
    }

    /** Inputs whose output an earlier run had written. */
    public int skipped() {
        return count(ImageRecord.Status.SKIPPED);
    }

    public int failed() {
        return count(ImageRecord.Status.FAILED);
    }

    private int count(ImageRecord.Status status) {
        return (int) images.stream().filter(i -> i.status() == status).count();
    }

    /** Pixels of the converted images. */
    public long convertedPixels() {
        return images.stream().filter(i -> i.status() == ImageRecord.Status.CONVERTED)
                .mapToLong(ImageRecord::pixels).sum();
    }

    /**
     * The grayscale kernels that converted the run's pixels, joined by commas (one, unless the
     * executors' JVMs differed); null when no pixels were converted.
     */
    public String kernels() {
        TreeSet<String> names = new TreeSet<>();
        for (ImageRecord image : images) {
            if (image.kernel() != null) {
                names.addAll(List.of(image.kernel().split(",")));
            }
        }
        return names.isEmpty() ? null : String.join(",", names);
    }

    /** Images finished (converted, skipped or failed) per second of wall time. */
    public double imagesPerSecond() {
        return wallMillis == 0 ? 0 : images.size() * 1000.0 / wallMillis;
    }

    /** Megapixels per second of wall time, over the converted images. */
    public double megapixelsPerSecond() {
        return wallMillis == 0 ? 0 : convertedPixels() / 1e3 / wallMillis;
    }

    /** The end-of-run table. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "distgray: %d of %d images converted, %d skipped, %d failed; %.1f MP in %s"
                        + " (%.1f MP/s, %.1f images/s); %s mode, master %s, Spark started in %s"
                        + "%s%n",
                converted(), images.size(), skipped(), failed(), convertedPixels() / 1e6,
                seconds(wallMillis), megapixelsPerSecond(), imagesPerSecond(), mode, master,
                seconds(startupMillis), kernels() == null ? "" : "; kernel " + kernels()));
        if (!executors.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%n%-10s %-24s %7s %9s %10s %7s%n",
                    "executor", "host", "images".equals(mode) ? "images" : "bands", "MP",
                    "busy", "share"));
            for (ExecutorSummary e : executors) {
                out.append(String.format(Locale.ROOT, "%-10s %-24s %7d %9.1f %10s %6.1f%%%n",
                        e.id(), e.host(), e.units(), e.pixels() / 1e6, seconds(e.busyMillis()),
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
        if (failed() > 0) {
            out.append(String.format(Locale.ROOT, "%nfailed (%d):%n", failed()));
            for (ImageRecord image : images) {
                if (image.status() == ImageRecord.Status.FAILED) {
                    out.append("  ").append(image.path()).append(": ").append(image.error())
                            .append(System.lineSeparator());
                }
            }
        }
        return out.toString();
    }

    /** The JSON metrics file. */
    public String toJson() {
        return MetricsJson.write(new Summary(master, mode, kernels(), startupMillis, wallMillis,
                images.size(), converted(), skipped(), failed(), imagesPerSecond(),
                convertedPixels(), megapixelsPerSecond(), phaseMillis, executors, images, tasks));
    }

    /** What the JSON file holds: its components are the file's fields, in this order. */
    private record Summary(String master, String mode, String kernel, long startupMs,
            long wallMs, int imagesTotal, int imagesConverted, int imagesSkipped,
            int imagesFailed, double imagesPerSecond, long pixelsConverted,
            double megapixelsPerSecond, Map<Phase, Long> phaseMs,
            List<ExecutorSummary> executors, List<ImageRecord> images, List<TaskRecord> tasks) {
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
