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
}
