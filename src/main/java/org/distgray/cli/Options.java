package org.distgray.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distgray.image.GrayMethod;
import org.distgray.image.ImageFormat;
import org.distgray.run.Mode;

/**
 * A parsed, checked command line, built by {@link OptionsParser}, which checks every value; a
 * record so that the command line is one plain value to hand on.
 *
 * @param inputs     the INPUT arguments, in order
 * @param output     OUTPUT, a folder or (for one input file) a file name
 * @param format     the chosen output format, or null for {@code same}
 * @param quality    JPEG quality
 * @param master     the Spark master URL, or null to leave it to spark-submit ({@code local[*]})
 * @param partitions bands per image, 0 for the default sized to the executors
 * @param metrics    where the JSON metrics go, or null
 * @param report     the HTML report asked for; its page is null when none was
 * @param overwrite  convert again where an output exists
 * @param quiet      no progress line
 * @param maxPixels  the largest image accepted, in pixels
 * @param sparkConf  the {@code --conf} settings, in the order given
 * @param method     how a colour becomes gray; BT.601 unless {@code --method} says otherwise
 * @param mode       bands, whole images, or chosen by the run's size; {@code --mode}, default auto
 */
record Options(List<String> inputs, String output, ImageFormat format, int quality,
        String master, int partitions, String metrics, Report report, boolean overwrite,
        boolean quiet, long maxPixels, Map<String, String> sparkConf, GrayMethod method,
        Mode mode) {
    static final int DEFAULT_QUALITY = 90;

    Options {
        inputs = List.copyOf(inputs);
        sparkConf = Collections.unmodifiableMap(new LinkedHashMap<>(sparkConf));
    }

    /**
     * {@code --report FILE.html}, and {@code --report-bench FILE}: the bench CSV whose speedup
     * and efficiency the page adds, or null.
     */
    record Report(String page, String bench) {
    }
}
