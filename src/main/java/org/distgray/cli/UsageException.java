package org.distgray.cli;

/** A command line that cannot be run as given; the message says what to change. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
