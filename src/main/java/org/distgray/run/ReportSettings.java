package org.distgray.run;

import java.io.PrintStream;

/**
 * How a run tells what it does: the master and the start-up time that its report names beside
 * its own figures, and the stream that gets each failure as it happens and, when asked, the
 * progress: one line redrawn in place on a terminal, a line now and then elsewhere.
 *
 * @param master        the Spark master the run converts on, as the report shows it
 * @param startupMillis how long Spark took to start, before the run
 * @param out           where failures and progress go
 * @param showProgress  whether progress goes to {@code out} too
 * @param terminal      whether {@code out} is a terminal
 */
public record ReportSettings(String master, long startupMillis, PrintStream out,
        boolean showProgress, boolean terminal) {
    public ReportSettings {
        if (master == null || out == null || startupMillis < 0) {
            throw new IllegalArgumentException("a master, an output stream and a start-up time"
                    + " of 0 or more are required");
        }
    }
}
