package org.distgray.image;

/**
 * An input that cannot be converted: corrupt, truncated, too large or not an image distgray
 * reads. The message is the reason alone, written for the user; the caller adds the file name.
 */
public final class BadImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadImageException(String reason) {
        super(reason);
    }

    public BadImageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
