package org.distgray.metrics;

import java.io.PrintStream;

/**
 * Shows {@link Progress} while a run goes on. On a terminal it redraws one line several times a
 * second; in a log (CI, a batch scheduler) it prints a plain line every few seconds so the log
 * stays readable.
 */
public final class ProgressPrinter implements AutoCloseable {
    private static final long TERMINAL_PERIOD_MS = 250;
    private static final long LOG_PERIOD_MS = 5_000;

    private final Progress progress;
    private final PrintStream out;
    private final boolean terminal;
    private final Thread thread;
    private int lastWidth;

    private ProgressPrinter(Progress progress, PrintStream out, boolean terminal) {
        this.progress = progress;
        this.out = out;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "distgray-progress");
        this.thread.setDaemon(true);
    }

    /** Starts printing to {@code out}; {@code terminal} chooses the redrawn line. */
    public static ProgressPrinter start(Progress progress, PrintStream out, boolean terminal) {
        ProgressPrinter printer = new ProgressPrinter(progress, out, terminal);
        printer.thread.start();
        return printer;
    }

    private void loop() {
        long period = terminal ? TERMINAL_PERIOD_MS : LOG_PERIOD_MS;
        try {
            while (true) {
                Thread.sleep(period);
                print();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void print() {
        String line = ProgressLine.render(progress.snapshot(System.nanoTime()));
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Prints a message on its own line without tearing the progress line on a terminal. */
    public synchronized void printAbove(String message) {
        if (terminal && lastWidth > 0) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
        out.println(message);
        out.flush();
    }

    /** Stops the thread and leaves the final state on its own line. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        print();
        if (terminal) {
            out.println();
        }
    }
}
