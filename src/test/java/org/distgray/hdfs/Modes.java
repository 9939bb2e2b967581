package org.distgray.hdfs;

import java.util.List;
import java.util.stream.Stream;

/**
 * The ways each HDFS conversion test runs the command: every entry is a list of arguments added
 * to the test's own command line, and every test runs once per entry. Band mode reads and writes
 * HDFS on the driver; image mode on the executors, with the Hadoop settings shipped to them.
 */
final class Modes {
    private Modes() {
    }

    static Stream<List<String>> extraArguments() {
        return Stream.of(List.of("--mode", "bands"), List.of("--mode", "images"));
    }
}
