package org.distgray.storage;

import org.apache.hadoop.fs.Path;

/**
 * Where each converted image goes. OUTPUT is a folder (created when missing) under which a
 * directory input's sub-folders are mirrored; for a single input file it may instead be the
 * output file's name, which the caller recognises.
 */
public final class OutputPlan {
    private final Path output;
    private final boolean singleFile;

    private OutputPlan(Path output, boolean singleFile) {
        this.output = output;
        this.singleFile = singleFile;
    }

    /**
     * {@code singleFile}: OUTPUT is the output file itself (the caller found exactly one input
     * and an OUTPUT that names a file), not a folder.
     */
    public static OutputPlan of(String output, boolean singleFile) {
        if (output == null || output.isEmpty()) {
            throw new IllegalArgumentException("an output is required");
        }
        return new OutputPlan(new Path(output), singleFile);
    }

    /** True when OUTPUT is the output file itself. */
    public boolean isSingleFile() {
        return singleFile;
    }

    /**
     * The output of {@code input} written with extension {@code extension}: the relative path
     * with its extension replaced, below OUTPUT.
     */
    public Path target(InputFile input, String extension) {
        if (singleFile) {
            return output;
        }
        String relative = input.relativePath();
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        String stem = dot > slash + 1 ? relative.substring(0, dot) : relative;
        return new Path(output, stem + "." + extension);
    }
}
