package org.distgray.metrics;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * What became of one input: converted, skipped because its output was already there, or failed
 * and why. Kept for every input, good or bad, so the metrics account for the whole run and not
 * only its successes; it also travels back from the executors in image mode, hence serializable.
 */
public final class ImageRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The outcome of one input. */
    public enum Status {
        CONVERTED, SKIPPED, FAILED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The executor of work done on the driver: band mode reads, decodes and writes there. */
    public static final String DRIVER = "driver";

    private final String path;
    private final String output;
    private final String format;
    private final int width;
    private final int height;
    private final int bands;
    private final long inputBytes;
    private final long outputBytes;
    private final Status status;
    private final String error;
    private final EnumMap<Phase, Long> phaseNanos;
    private final String executor;
    private final String host;
    private final long startMillis;
    private final long endMillis;
    private final String kernel;

    private ImageRecord(String path, String output, String format, int width, int height,
            int bands, long inputBytes, long outputBytes, Status status, String error,
            Map<Phase, Long> phaseNanos, String executor, String host, long startMillis,
            long endMillis, String kernel) {
        if (path == null) {
            throw new IllegalArgumentException("an image record needs the input path");
        }
        this.path = path;
        this.output = output;
        this.format = format;
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.inputBytes = inputBytes;
        this.outputBytes = outputBytes;
        this.status = status;
        this.error = error;
        this.phaseNanos = new EnumMap<>(Phase.class);
        this.phaseNanos.putAll(phaseNanos);
        this.executor = executor;
        this.host = host;
        this.startMillis = startMillis;
        this.endMillis = endMillis;
        this.kernel = kernel;
    }

    /**
     * An input written to {@code output}.
     *
     * @param bands       bands it was cut into; 1 when an executor converted it whole
     * @param inputBytes  size of the input file
     * @param outputBytes size of the written output
     */
    public static ImageRecord converted(String path, String output, String format, int width,
            int height, int bands, long inputBytes, long outputBytes, PhaseTimes phases) {
        if (output == null || format == null || width < 1 || height < 1 || bands < 1
                || inputBytes < 0 || outputBytes < 0) {
            throw new IllegalArgumentException("a converted image needs its output, format,"
                    + " size, bands and byte counts");
        }
        return new ImageRecord(path, output, format, width, height, bands, inputBytes,
                outputBytes, Status.CONVERTED, null, phases.snapshot(), null, null, 0, 0,
                phases.kernels());
    }

    /** An input left alone because {@code output} exists from an earlier run. */
    public static ImageRecord skipped(String path, String output, long inputBytes) {
        if (output == null) {
            throw new IllegalArgumentException("a skipped image needs the output that exists");
        }
        return new ImageRecord(path, output, null, 0, 0, 0, inputBytes, 0, Status.SKIPPED, null,
                Map.of(), null, null, 0, 0, null);
    }

    /**
     * An input that could not be converted; what was learnt before the failure (format, size) is
     * kept, unknown values are null or 0.
     */
    public static ImageRecord failed(String path, String output, String format, int width,
            int height, String error, PhaseTimes phases) {
        if (error == null || error.isEmpty()) {
            throw new IllegalArgumentException("a failed image needs its reason");
        }
        return new ImageRecord(path, output, format, width, height, 0, 0, 0, Status.FAILED,
                error, phases.snapshot(), null, null, 0, 0, phases.kernels());
    }

    /** This record with where and when the work on it ran (epoch milliseconds). */
    public ImageRecord ranOn(String executorId, String hostName, long start, long end) {
        if (executorId == null || hostName == null || end < start) {
            throw new IllegalArgumentException("an image runs on a named executor and host,"
                    + " and ends after it starts");
        }
        return new ImageRecord(path, output, format, width, height, bands, inputBytes,
                outputBytes, status, error, phaseNanos, executorId, hostName, start, end,
                kernel);
    }

    public String path() {
        return path;
    }

    public String output() {
        return output;
    }

    public String format() {
        return format;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long pixels() {
        return (long) width * height;
    }

    public int bands() {
        return bands;
    }

    public long inputBytes() {
        return inputBytes;
    }

    public long outputBytes() {
        return outputBytes;
    }

    public Status status() {
        return status;
    }

    public String error() {
        return error;
    }

    /** The executor that did the work, {@link #DRIVER} in band mode; null before it ran. */
    public String executor() {
        return executor;
    }

    public String host() {
        return host;
    }

    /** Epoch milliseconds when work on the image began, 0 when it never ran. */
    public long startMillis() {
        return startMillis;
    }

    public long endMillis() {
        return endMillis;
    }

    /**
     * The grayscale kernel that converted the pixels ({@code vector-256}, {@code scalar}...),
     * several joined by commas when the executors differed; null when none ran.
     */
    public String kernel() {
        return kernel;
    }

    public long phaseMillis(Phase phase) {
        return phaseNanos.getOrDefault(phase, 0L) / 1_000_000;
    }

    /** Column names of {@link #csvRow()}, the same keys as in the JSON file. */
    static String csvHeader() {
        StringBuilder header = new StringBuilder("path,output,format,width,height,pixels,bands,"
                + "input_bytes,output_bytes,status,error,executor,host,start_ms,end_ms");
        for (Phase phase : Phase.values()) {
            header.append(',').append(phase.key()).append("_ms");
        }
        return header.append(",kernel").toString();
    }

    String csvRow() {
        StringBuilder row = new StringBuilder(String.join(",", Csv.field(path),
                Csv.field(output), Csv.field(format), String.valueOf(width),
                String.valueOf(height), String.valueOf(pixels()), String.valueOf(bands),
                String.valueOf(inputBytes), String.valueOf(outputBytes), status.key(),
                Csv.field(error), Csv.field(executor), Csv.field(host),
                String.valueOf(startMillis), String.valueOf(endMillis)));
        for (Phase phase : Phase.values()) {
            row.append(',').append(phaseMillis(phase));
        }
        return row.append(',').append(Csv.field(kernel)).toString();
    }

    Json.Obj toJson() {
        Json.Obj phases = Json.object();
        for (Phase phase : Phase.values()) {
            phases.put(phase.key(), phaseMillis(phase));
        }
        return Json.object()
                .put("path", path)
                .put("output", output)
                .put("format", format)
                .put("width", width == 0 ? null : width)
                .put("height", height == 0 ? null : height)
                .put("pixels", pixels() == 0 ? null : pixels())
                .put("bands", bands)
                .put("input_bytes", inputBytes)
                .put("output_bytes", outputBytes)
                .put("status", status.key())
                .put("error", error)
                .put("executor", executor)
                .put("host", host)
                .put("start_ms", startMillis == 0 ? null : startMillis)
                .put("end_ms", endMillis == 0 ? null : endMillis)
                .put("kernel", kernel)
                .put("phase_ms", phases);
    }
}
