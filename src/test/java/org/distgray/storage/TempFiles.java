package org.distgray.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Real files under a test's temporary folder, and their names as Hadoop sees them. */
final class TempFiles {
    private TempFiles() {
    }

    /** Writes {@code relative} under {@code dir}, folders included; its content is its own name. */
    static Path write(Path dir, String relative) throws IOException {
        return write(dir, relative, relative.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static org.apache.hadoop.fs.Path hadoop(Path file) {
        return new org.apache.hadoop.fs.Path(file.toUri());
    }

    /** Names of everything directly in {@code folder}, hidden entries included, sorted. */
    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        }
    }
}
