package org.distgray.hdfs;

import java.util.List;
import java.util.stream.Stream;

/**
 * The ways each HDFS conversion test runs the command: every entry is a list of arguments added
 * to the test's own command line, and every test runs once per entry.
 */
final class Modes {
    private Modes() {
    }

    static Stream<List<String>> extraArguments() {
        return Stream.of(List.of());
    }
}
