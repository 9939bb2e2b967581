package org.distgray.cli;

/**
 * The standalone master the run asks for does not accept connections: a user's mistake or a
 * cluster not started, said in one line instead of Spark's minute of retries.
 */
public final class NoMasterException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoMasterException(String message) {
        super(message);
    }
}
