package org.distgray.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * What a run writes: its output (a folder and everything under it, or one file) and its metrics
 * files. An input scan never takes these as inputs, so that {@code photos/ -o photos/gray/} run
 * again skips its outputs instead of converting them one level deeper.
 */
public final class OwnFiles {
    private final List<Path> roots;

    private OwnFiles(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Nothing written yet, nothing to pass over. */
    public static OwnFiles none() {
        return new OwnFiles(List.of());
    }

    /** The files and folders at {@code paths}, qualified on their own file systems. */
    public static OwnFiles of(List<Path> paths, Configuration conf) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (Path path : paths) {
            roots.add(path.getFileSystem(conf).makeQualified(path));
        }
        return new OwnFiles(roots);
    }

    /** Whether the qualified {@code path} is one of these files or lies below one of them. */
    boolean covers(Path path) {
        for (Path root : roots) {
            if (isSameOrBelow(path, root)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSameOrBelow(Path path, Path root) {
        if (!sameFileSystem(path, root)) {
            return false;
        }
        String inner = withSlash(path.toUri().getPath());
        String outer = withSlash(root.toUri().getPath());
        return inner.startsWith(outer);
    }

    private static String withSlash(String path) {
        return path.endsWith("/") ? path : path + "/";
    }

    private static boolean sameFileSystem(Path a, Path b) {
        return Objects.equals(a.toUri().getScheme(), b.toUri().getScheme())
                && Objects.equals(a.toUri().getAuthority(), b.toUri().getAuthority());
    }
}
