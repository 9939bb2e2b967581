package org.distgray.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distgray.image.GrayMethod;
import org.distgray.image.ImageFormat;
import org.distgray.run.Mode;

/** A parsed, checked command line. Built only by {@link OptionsParser}. */
public final class Options {
    static final int DEFAULT_QUALITY = 90;

    private final List<String> inputs;
    private final String output;
    private final ImageFormat format;
    private final int quality;
    private final String master;
    private final int partitions;
    private final String metrics;
    private final Report report;
    private final boolean overwrite;
    private final boolean quiet;
    private final long maxPixels;
    private final Map<String, String> sparkConf;
    private final GrayMethod method;
    private final Mode mode;

    Options(List<String> inputs, String output, ImageFormat format, int quality, String master,
            int partitions, String metrics, Report report, boolean overwrite, boolean quiet,
            long maxPixels, Map<String, String> sparkConf, GrayMethod method, Mode mode) {
        this.inputs = List.copyOf(inputs);
        this.output = output;
        this.format = format;
        this.quality = quality;
        this.master = master;
        this.partitions = partitions;
        this.metrics = metrics;
        this.report = report;
        this.overwrite = overwrite;
        this.quiet = quiet;
        this.maxPixels = maxPixels;
        this.sparkConf = new LinkedHashMap<>(sparkConf);
        this.method = method;
        this.mode = mode;
    }

    /** Bands, whole images, or chosen by the run's size; {@code --mode}, default auto. */
    public Mode mode() {
        return mode;
    }

    /** How a colour becomes gray; BT.601 unless {@code --method} says otherwise. */
    public GrayMethod method() {
        return method;
    }

    public List<String> inputs() {
        return inputs;
    }

    public String output() {
        return output;
    }

    /** The chosen output format, or null for {@code same}. */
    public ImageFormat format() {
        return format;
    }

    public int quality() {
        return quality;
    }

    /** The Spark master URL, or null to leave it to spark-submit (default {@code local[*]}). */
    public String master() {
        return master;
    }

    /** Bands per image, 0 for the default sized to the executors. */
    public int partitions() {
        return partitions;
    }

    /** Where the JSON metrics go, or null. */
    public String metrics() {
        return metrics;
    }

    /** The HTML report asked for; its page is null when none was. */
    public Report report() {
        return report;
    }

    /**
     * {@code --report FILE.html}, and {@code --report-bench FILE}: the bench CSV whose speedup
     * and efficiency the page adds, or null.
     */
    public record Report(String page, String bench) {
    }

    public boolean overwrite() {
        return overwrite;
    }

    public boolean quiet() {
        return quiet;
    }

    public long maxPixels() {
        return maxPixels;
    }

    /** The {@code --conf} settings, in the order given. */
    public Map<String, String> sparkConf() {
        return new LinkedHashMap<>(sparkConf);
    }
}
