package org.distgray.storage;

import java.util.function.Predicate;

/**
 * The file names a directory or a pattern picks up, and how a message names them. Storage lists
 * and writes files of any kind; which names are images is the caller's knowledge.
 *
 * @param description what the accepted files are called, e.g. {@code .png files}
 * @param accepts     whether a file name is taken
 */
public record NameFilter(String description, Predicate<String> accepts) {
    public NameFilter {
        if (description == null || accepts == null) {
            throw new IllegalArgumentException("a name filter needs a description and a test");
        }
    }

    /** Whether {@code name} (a file name, or a path ending in one) is taken. */
    public boolean test(String name) {
        return accepts.test(name);
    }
}
