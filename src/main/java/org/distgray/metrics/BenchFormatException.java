package org.distgray.metrics;

/** A bench results file that is not what {@code submit/bench} writes; the message names it. */
public final class BenchFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public BenchFormatException(String message) {
        super(message);
    }
}
