package org.distgray.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.distgray.image.GrayMethod;
import org.distgray.image.ImageFormat;
import org.distgray.image.PixelLimit;
import org.distgray.run.Mode;

/**
 * Parses {@code [options] INPUT... -o OUTPUT}. Options may come before or after the inputs, as
 * {@code --name value} or {@code --name=value}; {@code --} ends them. Every value is checked here,
 * so a mistake is reported in a line before any Spark machinery starts.
 */
public final class OptionsParser {
    static final String USAGE = String.join("\n",
            "usage: distgray [options] INPUT... -o OUTPUT",
            "  INPUT               image files, directories (recursive) or globs; local paths or",
            "                      Hadoop URIs (file:, hdfs:, s3a:)",
            "  -o, --output OUTPUT folder for the results (created if missing); with one input",
            "                      file, may be a file name ending " + ImageFormat.extensionList(),
            "  --format " + String.join("|", formatKeys()) + "|same   output format (default same"
                    + " as the input)",
            "  --quality 1..100    JPEG quality (default 90)",
            "  --method bt601|bt709|average|luminance   gray formula (default bt601)",
            "  --master URL        Spark master (default local[*])",
            "  --mode auto|bands|images  bands: each image cut into bands across the executors;",
            "                      images: executors convert whole images, none on the driver;",
            "                      auto (default): images when there are more images than cores",
            "                      and no --partitions, else bands",
            "                      (values of --format, --method and --mode in any case)",
            "  --partitions N      bands per image (default: 4 per executor core, >= 16 rows each)",
            "  --metrics FILE      write run metrics as JSON, and as CSV: FILE's stem +",
            "                      -tasks.csv (one line per band) and -images.csv (per input)",
            "  --report FILE.html  write the run as a self-contained web page: summary, Gantt",
            "                      chart of the tasks, executors, phases, outcomes",
            "  --report-bench FILE add speedup and efficiency from a submit/bench CSV to it",
            "  --overwrite         convert again where an output exists (default: skip it, so a",
            "                      rerun resumes an interrupted batch)",
            "  --quiet             no progress line",
            "  --max-pixels N      refuse images larger than N pixels (default 500000000)",
            "  --conf key=value    any Spark setting; repeatable",
            "  -h, --help          this text");

    private static final Set<String> VALUE_OPTIONS = Set.of("-o",
            "--output", "--format", "--quality", "--master", "--partitions", "--metrics",
            "--max-pixels", "--conf", "--method", "--mode", "--report", "--report-bench");

    private OptionsParser() {
    }

    /** Whether the arguments ask for help rather than a run. */
    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("-h") || arg.equals("--help")) {
                return true;
            }
        }
        return false;
    }

    public static Options parse(String[] args) throws UsageException {
        List<String> inputs = new ArrayList<>();
        String output = null;
        ImageFormat format = null;
        int quality = Options.DEFAULT_QUALITY;
        String master = null;
        int partitions = 0;
        String metrics = null;
        String report = null;
        String reportBench = null;
        boolean overwrite = false;
        boolean quiet = false;
        long maxPixels = PixelLimit.DEFAULT_MAX_PIXELS;
        Map<String, String> conf = new LinkedHashMap<>();
        GrayMethod method = GrayMethod.BT601;
        Mode mode = Mode.AUTO;

        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                inputs.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inline = arg.substring(eq + 1);
            }
            switch (name) {
                case "--overwrite" -> overwrite = flag(name, inline);
                case "--quiet" -> quiet = flag(name, inline);
                default -> {
                    if (!VALUE_OPTIONS.contains(name)) {
                        throw new UsageException("unknown option " + name);
                    }
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "-o", "--output" -> {
                            if (output != null) {
                                throw new UsageException("-o OUTPUT given twice");
                            }
                            output = nonEmpty(name, value);
                        }
                        case "--format" -> format = format(value);
                        case "--quality" -> quality = (int) number(name, value, 1, 100);
                        case "--master" -> master = nonEmpty(name, value);
                        case "--partitions" -> partitions = (int) number(name, value, 1,
                                Integer.MAX_VALUE);
                        case "--metrics" -> metrics = nonEmpty(name, value);
                        case "--report" -> report = htmlFile(name, value);
                        case "--report-bench" -> reportBench = nonEmpty(name, value);
                        case "--max-pixels" -> maxPixels = number(name, value, 1, Long.MAX_VALUE);
                        case "--conf" -> putConf(conf, value);
                        case "--method" -> method = choice(name, value, GrayMethod.values(),
                                GrayMethod::key);
                        case "--mode" -> mode = choice(name, value, Mode.values(), Mode::key);
                    }
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no INPUT given");
        }
        if (output == null) {
            throw new UsageException("no output given (-o OUTPUT)");
        }
        if (mode == Mode.IMAGES && partitions > 0) {
            throw new UsageException("--partitions sets the bands of an image; with --mode images"
                    + " every image is converted whole");
        }
        if (reportBench != null && report == null) {
            throw new UsageException("--report-bench adds to the page of --report FILE.html;"
                    + " give both");
        }
        return new Options(inputs, output, format, quality, master, partitions, metrics,
                new Options.Report(report, reportBench), overwrite, quiet, maxPixels, conf,
                method, mode);
    }

    private static boolean flag(String name, String inline) throws UsageException {
        if (inline != null) {
            throw new UsageException(name + " takes no value");
        }
        return true;
    }

    private static String nonEmpty(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name + " needs a non-empty value");
        }
        return value;
    }

    private static String htmlFile(String name, String value) throws UsageException {
        String lower = nonEmpty(name, value).toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".html") && !lower.endsWith(".htm")) {
            throw new UsageException(name + " writes a web page: its file name must end .html,"
                    + " not '" + value + "'");
        }
        return value;
    }

    private static ImageFormat format(String value) throws UsageException {
        if (value.equalsIgnoreCase("same")) {
            return null;
        }
        return ImageFormat.fromName(value).orElseThrow(() -> new UsageException(
                "--format must be " + String.join(", ", formatKeys()) + " or same, not '" + value
                        + "'"));
    }

    private static List<String> formatKeys() {
        return Arrays.stream(ImageFormat.values()).map(ImageFormat::key).toList();
    }

    /**
     * The constant of {@code values} whose key is {@code value}, in any case, as {@code --method}
     * and {@code --mode} take them; else an error listing the keys.
     */
    private static <E extends Enum<E>> E choice(String option, String value, E[] values,
            Function<E, String> key) throws UsageException {
        for (E candidate : values) {
            if (key.apply(candidate).equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        List<String> keys = Arrays.stream(values).map(key).toList();
        throw new UsageException(option + " must be "
                + String.join(", ", keys.subList(0, keys.size() - 1)) + " or "
                + keys.get(keys.size() - 1) + ", not '" + value + "'");
    }

    private static long number(String name, String value, long min, long max)
            throws UsageException {
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number, not '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw new UsageException(name + " must be between " + min + " and " + max
                    + ", not " + parsed);
        }
        return parsed;
    }

    private static void putConf(Map<String, String> conf, String value) throws UsageException {
        int eq = value.indexOf('=');
        if (eq <= 0) {
            throw new UsageException("--conf needs key=value, not '" + value + "'");
        }
        conf.put(value.substring(0, eq).trim(), value.substring(eq + 1));
    }
}
