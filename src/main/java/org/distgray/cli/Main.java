package org.distgray.cli;

import java.io.PrintStream;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.distgray.image.ImageFormat;
import org.distgray.run.FailureMessages;
import org.distgray.spark.ExecutorWatch;

/**
 * The entry point {@code spark-submit} and {@code submit/distgray} call: checks the command line,
 * starts the Spark session, runs the conversion and stops the session, then exits with the run's
 * status. User errors end as one-line messages, never as stack traces.
 */
public final class Main {
    private static final String DEFAULT_MASTER = "local[*]";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (OptionsParser.wantsHelp(args)) {
            out.println(OptionsParser.USAGE);
            return Cli.EXIT_OK;
        }
        Options options;
        try {
            options = OptionsParser.parse(args);
            checkOutputFormat(options);
        } catch (UsageException e) {
            err.println("distgray: " + e.getMessage());
            err.println(OptionsParser.USAGE);
            return Cli.EXIT_USAGE;
        }
        long started = System.nanoTime();
        SparkConf conf = sparkConf(options);
        try {
            MasterCheck.check(conf.get("spark.master"));
        } catch (NoMasterException e) {
            err.println("distgray: " + e.getMessage());
            return Cli.EXIT_FAILED;
        }
        SparkSession session;
        try {
            session = SparkSession.builder().config(conf).getOrCreate();
        } catch (RuntimeException e) {
            err.println("distgray: could not start Spark: " + FailureMessages.oneLine(e)
                    + startHint(options));
            return Cli.EXIT_FAILED;
        }
        long startupMillis = (System.nanoTime() - started) / 1_000_000;
        FatalErrorGuard guard = FatalErrorGuard.install(err, session::stop);
        try (ExecutorWatch watch = ExecutorWatch.start(session.sparkContext(), err)) {
            int status = Cli.run(options, session, out, err, System.console() != null,
                    startupMillis);
            if (guard.reason().isPresent() || watch.tripped()) {
                return Cli.EXIT_FAILED;
            }
            if (session.sparkContext().isStopped()) {
                // Spark stopped the application itself: a standalone master that refuses it
                // (a wrong secret) can take longer to say so than the session takes to start.
                err.println("distgray: Spark stopped the application while it ran"
                        + startHint(options));
                return Cli.EXIT_FAILED;
            }
            return status;
        } catch (OutOfMemoryError e) {
            err.println("distgray: out of memory on the driver; give it more memory"
                    + " (DISTGRAY_DRIVER_MEMORY or spark-submit --driver-memory)");
            return Cli.EXIT_FAILED;
        } finally {
            session.stop();
        }
    }

    /** What to check when a standalone master would not take the application. */
    private static String startHint(Options options) {
        String master = options.master() == null ? "" : options.master();
        if (!master.startsWith("spark://")) {
            return "";
        }
        return " (the master at " + master + " did not accept this application: check that it"
                + " runs at that URL and that spark.authenticate.secret is the cluster's;"
                + " submit/distgray reads it from DISTGRAY_SECRET_FILE or the folder of"
                + " submit/cluster-up)";
    }

    /** An output file name and an explicit {@code --format} must agree. */
    private static void checkOutputFormat(Options options) throws UsageException {
        ImageFormat named = ImageFormat.ofFileName(options.output()).orElse(null);
        if (options.format() == null || named == null || named == options.format()) {
            return;
        }
        throw new UsageException("-o " + options.output() + " names a " + named.displayName()
                + " file but --format asks for " + options.format().displayName()
                + "; drop one of them");
    }

    private static SparkConf sparkConf(Options options) {
        SparkConf conf = new SparkConf();
        if (options.master() != null) {
            conf.setMaster(options.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        conf.setIfMissing("spark.app.name", "distgray");
        // Spark's own progress bar would fight distgray's progress line on stderr.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // Converted bands are megabytes each: send them back in the task result message rather
        // than through the block manager (measured: a third less convert time on an 8K frame).
        // Direct results are capped by the RPC message size, raised to match.
        conf.setIfMissing("spark.task.maxDirectResultSize", "512m");
        conf.setIfMissing("spark.rpc.message.maxSize", "512");
        if (conf.get("spark.master").startsWith("local")) {
            // A local master runs the tasks in the driver's JVM, where Spark's answer to a task's
            // OutOfMemoryError, killing the executor, ends the whole run with no table and no
            // reason; failing the task instead lets the image fail with a memory message.
            conf.setIfMissing("spark.executor.killOnFatalError.depth", "0");
        }
        for (Map.Entry<String, String> setting : options.sparkConf().entrySet()) {
            conf.set(setting.getKey(), setting.getValue());
        }
        return conf;
    }
}
