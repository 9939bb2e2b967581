package org.distgray.metrics;

import java.util.EnumMap;
import java.util.Map;

/**
 * What became of one input: converted, or failed and why. Kept for every input, good or bad, so
 * the metrics file accounts for the whole run and not only its successes.
 */
public final class ImageRecord {
    /** The outcome of one input. */
    public enum Status {
        CONVERTED, FAILED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String path;
    private final String output;
    private final String format;
    private final int width;
    private final int height;
    private final int bands;
    private final Status status;
    private final String error;
    private final Map<Phase, Long> phaseNanos;

    private ImageRecord(String path, String output, String format, int width, int height,
            int bands, Status status, String error, Map<Phase, Long> phaseNanos) {
        if (path == null) {
            throw new IllegalArgumentException("an image record needs the input path");
        }
        this.path = path;
        this.output = output;
        this.format = format;
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.status = status;
        this.error = error;
        this.phaseNanos = new EnumMap<>(Phase.class);
        this.phaseNanos.putAll(phaseNanos);
    }

    /** An input written to {@code output}. */
    public static ImageRecord converted(String path, String output, String format, int width,
            int height, int bands, PhaseTimes phases) {
        if (output == null || format == null || width < 1 || height < 1 || bands < 1) {
            throw new IllegalArgumentException("a converted image needs its output, format,"
                    + " size and bands");
        }
        return new ImageRecord(path, output, format, width, height, bands, Status.CONVERTED,
                null, phases.snapshot());
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
        return new ImageRecord(path, output, format, width, height, 0, Status.FAILED, error,
                phases.snapshot());
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

    public Status status() {
        return status;
    }

    public String error() {
        return error;
    }

    public long phaseMillis(Phase phase) {
        return phaseNanos.getOrDefault(phase, 0L) / 1_000_000;
    }

    /** Column names of {@link #csvRow()}, the same keys as in the JSON file. */
    static String csvHeader() {
        StringBuilder header = new StringBuilder(
                "path,output,format,width,height,pixels,bands,status,error");
        for (Phase phase : Phase.values()) {
            header.append(',').append(phase.key()).append("_ms");
        }
        return header.toString();
    }

    String csvRow() {
        StringBuilder row = new StringBuilder(String.join(",", Csv.field(path),
                Csv.field(output), Csv.field(format), String.valueOf(width),
                String.valueOf(height), String.valueOf(pixels()), String.valueOf(bands),
                status.key(), Csv.field(error)));
        for (Phase phase : Phase.values()) {
            row.append(',').append(phaseMillis(phase));
        }
        return row.toString();
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
                .put("status", status.key())
                .put("error", error)
                .put("phase_ms", phases);
    }
}
