package org.distgray.storage;

import java.io.Serializable;
import org.apache.hadoop.fs.Path;

/**
 * One image to convert and the name it has relative to the argument that found it, so that a
 * directory's sub-folders can be mirrored under the output folder.
 */
public final class InputFile implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String relativePath;
    private final long length;

    public InputFile(Path path, String relativePath, long length) {
        if (path == null || relativePath == null || relativePath.isEmpty()) {
            throw new IllegalArgumentException("an input needs a path and a relative name");
        }
        if (length < 0) {
            throw new IllegalArgumentException("file length must not be negative: " + length);
        }
        this.path = path.toString();
        this.relativePath = relativePath;
        this.length = length;
    }

    public Path path() {
        return new Path(path);
    }

    /** Path below the directory argument that found it, or the bare file name. */
    public String relativePath() {
        return relativePath;
    }

    /**
     * The path as a user reads it in a message: a plain local path for {@code file:} inputs,
     * the full URI for any other file system.
     */
    public String displayPath() {
        Path p = path();
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : path;
    }

    /** Size in bytes when it was listed. */
    public long length() {
        return length;
    }

    @Override
    public String toString() {
        return path;
    }
}
