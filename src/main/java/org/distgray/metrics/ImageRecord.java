package org.distgray.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What became of one input: converted, skipped because its output was already there, or failed
 * and why. Kept for every input, good or bad, so the metrics account for the whole run and not
 * only its successes; it also travels back from the executors in image mode, hence serializable.
 * Its components are the fields of its JSON object and the columns of the images CSV, in this
 * order; in the JSON an unknown size or time is null, in the CSV 0.
 *
 * @param pixels     {@code width * height}
 * @param bands      bands it was cut into; 1 when an executor converted it whole
 * @param inputBytes size of the input file
 * @param outputBytes size of the written output
 * @param executor   the executor that did the work, {@link #DRIVER} in band mode; null before it
 *                   ran
 * @param startMillis epoch milliseconds when work on the image began, 0 when it never ran
 * @param phaseMs    milliseconds spent in each phase, every phase present
 * @param kernel     the grayscale kernel that converted the pixels ({@code vector-256},
 *                   {@code scalar}...), several joined by commas when the executors differed;
 *                   null when none ran
 */
public record ImageRecord(
        String path,
        String output,
        String format,
        @JsonSerialize(using = MetricsJson.ZeroIsUnknown.class) int width,
        @JsonSerialize(using = MetricsJson.ZeroIsUnknown.class) int height,
        @JsonSerialize(using = MetricsJson.ZeroIsUnknown.class) long pixels,
        int bands,
        long inputBytes,
        long outputBytes,
        Status status,
        String error,
        String executor,
        String host,
        @JsonProperty("start_ms") @JsonSerialize(using = MetricsJson.ZeroIsUnknown.class)
        long startMillis,
        @JsonProperty("end_ms") @JsonSerialize(using = MetricsJson.ZeroIsUnknown.class)
        long endMillis,
        Map<Phase, Long> phaseMs,
        String kernel) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** The outcome of one input. */
    public enum Status {
        CONVERTED, SKIPPED, FAILED;

        /** The name in the JSON and CSV files. */
        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The executor of work done on the driver: band mode reads, decodes and writes there. */
    public static final String DRIVER = "driver";

    /** Checks the fields every record needs; the factories below check the rest. */
    public ImageRecord {
        if (path == null || status == null) {
            throw new IllegalArgumentException("an image record needs the input path and status");
        }
        if (pixels != (long) width * height) {
            throw new IllegalArgumentException("an image's pixels are its width times height");
        }
        EnumMap<Phase, Long> every = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            every.put(phase, phaseMs.getOrDefault(phase, 0L));
        }
        phaseMs = Collections.unmodifiableMap(every);
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
        return new ImageRecord(path, output, format, width, height, (long) width * height,
                bands, inputBytes, outputBytes, Status.CONVERTED, null, null, null, 0, 0,
                millis(phases), phases.kernels());
    }

    /** An input left alone because {@code output} exists from an earlier run. */
    public static ImageRecord skipped(String path, String output, long inputBytes) {
        if (output == null) {
            throw new IllegalArgumentException("a skipped image needs the output that exists");
        }
        return new ImageRecord(path, output, null, 0, 0, 0, 0, inputBytes, 0, Status.SKIPPED,
                null, null, null, 0, 0, Map.of(), null);
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
        return new ImageRecord(path, output, format, width, height, (long) width * height, 0, 0,
                0, Status.FAILED, error, null, null, 0, 0, millis(phases), phases.kernels());
    }

    private static Map<Phase, Long> millis(PhaseTimes phases) {
        Map<Phase, Long> millis = new EnumMap<>(Phase.class);
        phases.snapshot().forEach((phase, nanos) -> millis.put(phase, nanos / 1_000_000));
        return millis;
    }

    /** This record with where and when the work on it ran (epoch milliseconds). */
    public ImageRecord ranOn(String executorId, String hostName, long start, long end) {
        if (executorId == null || hostName == null || end < start) {
            throw new IllegalArgumentException("an image runs on a named executor and host,"
                    + " and ends after it starts");
        }
        return new ImageRecord(path, output, format, width, height, pixels, bands, inputBytes,
                outputBytes, status, error, executorId, hostName, start, end, phaseMs, kernel);
    }

    public long phaseMillis(Phase phase) {
        return phaseMs.get(phase);
    }
}
