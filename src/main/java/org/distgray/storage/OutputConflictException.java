package org.distgray.storage;

/**
 * An output that must not be written: it is the input itself or a directory, which is found
 * before any work is done on that image; or, without {@code --overwrite}, a file of its name
 * appeared while it was being written, found after the conversion, and then left alone. (An
 * output that exists before the image is started is not a conflict: the image is skipped.)
 */
public final class OutputConflictException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputConflictException(String reason) {
        super(reason);
    }
}
