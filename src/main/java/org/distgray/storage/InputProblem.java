package org.distgray.storage;

/** An input argument that named nothing convertible, with the reason. */
public final class InputProblem {
    private final String argument;
    private final String reason;

    public InputProblem(String argument, String reason) {
        if (argument == null || reason == null) {
            throw new IllegalArgumentException("argument and reason are required");
        }
        this.argument = argument;
        this.reason = reason;
    }

    public String argument() {
        return argument;
    }

    public String reason() {
        return reason;
    }
}
