package org.distgray.spark;

import java.io.PrintStream;
import java.time.Duration;
import org.apache.spark.SparkContext;

/**
 * Bounds the one wait Spark leaves open: on a cluster whose Workers cannot give the application
 * an executor (none alive, or none offering the memory and cores it asks for), or that lost all
 * of them, a job waits forever while Spark logs "Initial job has not accepted any resources".
 * When a job has waited {@link #SETTING} without a single executor, this says so in one line and
 * stops the Spark context, so that the run's jobs fail and it ends with its table.
 */
public final class ExecutorWatch implements AutoCloseable {
    /** Spark setting (a time, e.g. {@code 120s}) for how long a job may go without executors. */
    public static final String SETTING = "spark.distgray.executor.wait";
    private static final String DEFAULT_WAIT = "120s";
    private static final long POLL_MS = 250;

    private final SparkContext context;
    private final Duration limit;
    private final PrintStream err;
    private final Thread thread;
    private volatile boolean tripped;

    private ExecutorWatch(SparkContext context, Duration limit, PrintStream err) {
        this.context = context;
        this.limit = limit;
        this.err = err;
        this.thread = new Thread(this::watch, "distgray executor watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code context}; with a local master there is nothing to wait for. */
    public static ExecutorWatch start(SparkContext context, PrintStream err) {
        if (context == null || err == null) {
            throw new IllegalArgumentException("a Spark context and an error stream are required");
        }
        Duration limit = Duration.ofMillis(context.getConf().getTimeAsMs(SETTING, DEFAULT_WAIT));
        ExecutorWatch watch = new ExecutorWatch(context, limit, err);
        if (!context.isLocal()) {
            watch.thread.start();
        }
        return watch;
    }

    /** Whether the watch gave up on the cluster and stopped the context. */
    public boolean tripped() {
        return tripped;
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    private void watch() {
        long waitingSince = -1;
        try {
            while (!context.isStopped()) {
                boolean waiting = context.statusTracker().getActiveJobIds().length > 0
                        && executors() == 0;
                long now = System.nanoTime();
                if (!waiting) {
                    waitingSince = -1;
                } else if (waitingSince < 0) {
                    waitingSince = now;
                } else if (now - waitingSince >= limit.toNanos()) {
                    giveUp();
                    return;
                }
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Executors other than the driver, which the status tracker lists too. */
    private int executors() {
        return Math.max(0, context.statusTracker().getExecutorInfos().length - 1);
    }

    private void giveUp() {
        tripped = true;
        err.println("distgray: no executor joined the application in " + limit.toSeconds()
                + " s (master " + context.master() + "): check that its Workers are alive and"
                + " that one offers the memory and cores the application asks for"
                + " (spark.executor.memory " + context.getConf().get("spark.executor.memory", "1g")
                + ", spark.executor.cores " + context.getConf().get("spark.executor.cores",
                        "all of a Worker's") + "); " + SETTING + " sets this wait");
        context.stop();
    }
}
