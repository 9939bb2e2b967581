package org.distgray.run;

/**
 * Turns an exception into the one line a user reads. Spark and the JDK put whole reports,
 * sometimes with stack traces, into their messages; the first line is the part that says what
 * went wrong.
 */
public final class FailureMessages {
    private FailureMessages() {
    }

    public static String oneLine(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    /**
     * Whether {@code e} or one of its causes is an {@link OutOfMemoryError}, also one that a
     * Spark task met on an executor and that reaches the driver only by name in the message of
     * the failed job.
     */
    public static boolean isOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError || (t.getMessage() != null
                    && t.getMessage().contains(OutOfMemoryError.class.getName()))) {
                return true;
            }
        }
        return false;
    }
}
