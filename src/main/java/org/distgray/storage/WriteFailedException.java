package org.distgray.storage;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.fs.Path;

/**
 * A file that could not be written, with the reason in one line a user can act on. Hadoop's
 * local file system throws a full disk as {@code FSError}, an {@code Error} that would end the
 * whole run with a stack trace; this turns it, and any other write failure, into the failure of
 * that one file, so the other inputs are still tried.
 */
public final class WriteFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    private WriteFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The failure to write {@code target} that {@code cause} reports. */
    public static WriteFailedException of(Path target, Throwable cause) {
        if (cause instanceof WriteFailedException known) {
            return known;
        }
        String detail = detail(cause);
        if (detail.contains("No space left on device")) {
            return new WriteFailedException("no space left on device writing " + target
                    + "; free some space and run again to resume", cause);
        }
        if (detail.toLowerCase(Locale.ROOT).contains("quota")) {
            return new WriteFailedException("storage quota exceeded writing " + target
                    + "; free some space and run again to resume", cause);
        }
        return new WriteFailedException("cannot write " + target + ": " + detail, cause);
    }

    /** The first line of the innermost message: Hadoop wraps the system's reason. */
    private static String detail(Throwable cause) {
        String message = null;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message).strip();
    }
}
