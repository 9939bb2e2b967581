package org.distgray.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.distgray.run.FailureMessages;

/**
 * Ends the run within seconds when a thread other than the one converting dies of a fatal error
 * (an {@link OutOfMemoryError} in Spark's scheduler or RPC dispatcher, say). Spark carries on
 * without such a thread and the job that needed it waits forever; instead the user reads one line
 * naming the error and the setting to raise, the Spark context is stopped so that the running
 * job fails and the main thread prints its table, and should that not happen within the grace
 * period the process exits with status 1 anyway.
 */
final class FatalErrorGuard implements Thread.UncaughtExceptionHandler {
    /** How long the main thread has, after a fatal error, to finish its table. */
    static final Duration GRACE = Duration.ofSeconds(30);

    private final PrintStream err;
    private final Runnable stopSpark;
    private final Duration grace;
    private final IntConsumer exit;
    private final AtomicReference<String> reason = new AtomicReference<>();

    /**
     * @param stopSpark stops the Spark context, failing its running jobs
     * @param exit      ends the process with the given status when the grace period is over
     */
    FatalErrorGuard(PrintStream err, Runnable stopSpark, Duration grace, IntConsumer exit) {
        if (err == null || stopSpark == null || grace == null || grace.isNegative()
                || exit == null) {
            throw new IllegalArgumentException("an error stream, a stop action, a grace period"
                    + " of zero or more and an exit action are required");
        }
        this.err = err;
        this.stopSpark = stopSpark;
        this.grace = grace;
        this.exit = exit;
    }

    /** Guards every thread of this JVM that has no handler of its own. */
    static FatalErrorGuard install(PrintStream err, Runnable stopSpark) {
        FatalErrorGuard guard = new FatalErrorGuard(err, stopSpark, GRACE,
                status -> Runtime.getRuntime().halt(status));
        Thread.setDefaultUncaughtExceptionHandler(guard);
        return guard;
    }

    /** The line printed for the first fatal error, if one happened. */
    Optional<String> reason() {
        return Optional.ofNullable(reason.get());
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        if (!(error instanceof VirtualMachineError)) {
            err.println("distgray: thread " + thread.getName() + " ended: "
                    + FailureMessages.oneLine(error));
            return;
        }
        String line = describe(thread, error);
        if (!reason.compareAndSet(null, line)) {
            return;
        }
        err.println("distgray: " + line);
        Thread stopper = new Thread(this::stopThenExit, "distgray fatal error");
        stopper.setDaemon(true);
        stopper.start();
    }

    private void stopThenExit() {
        Thread stop = new Thread(stopSpark, "distgray stopping Spark");
        stop.setDaemon(true);
        stop.start();
        try {
            Thread.sleep(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        err.println("distgray: the run did not end within " + grace.toSeconds()
                + " s of that error; exiting");
        err.flush();
        exit.accept(Cli.EXIT_FAILED);
    }

    private static String describe(Thread thread, Throwable error) {
        String what = FailureMessages.oneLine(error);
        if (error instanceof OutOfMemoryError) {
            return "out of memory in thread " + thread.getName() + " (" + what
                    + "); give the driver more memory (DISTGRAY_DRIVER_MEMORY or spark-submit"
                    + " --driver-memory) or the executors (--conf spark.executor.memory=...)";
        }
        return "fatal error in thread " + thread.getName() + ": "
                + error.getClass().getSimpleName() + " (" + what + ")";
    }
}
