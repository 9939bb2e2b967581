package org.distgray.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every file below a folder, by its path relative to the folder, for whole-tree assertions. */
public final class FileTree {
    private FileTree() {
    }

    /**
     * The regular files below {@code root}, hidden ones included, sorted; none if it is missing.
     */
    public static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** The files under {@code root} but temporary ones (a name starting with a dot). */
    public static List<String> outputs(Path root) throws IOException {
        return files(root).stream().filter(name -> !name.contains("/.")).toList();
    }

    /** How many outputs a run has written so far; a listing that races a rename counts 0. */
    public static int outputsWhileWriting(Path root) {
        try {
            return outputs(root).size();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}
