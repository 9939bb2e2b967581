package org.distgray.storage;

/**
 * An output that must not be written: it exists and {@code --overwrite} was not given, or it is
 * the input itself. Raised before any work is done on that image.
 */
public final class OutputConflictException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputConflictException(String reason) {
        super(reason);
    }
}
