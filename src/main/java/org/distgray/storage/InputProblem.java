package org.distgray.storage;

/** An input argument that named nothing convertible, with the reason. */
public record InputProblem(String argument, String reason) {
    public InputProblem {
        if (argument == null || reason == null) {
            throw new IllegalArgumentException("argument and reason are required");
        }
    }
}
