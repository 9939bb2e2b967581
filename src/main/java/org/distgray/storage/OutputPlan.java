package org.distgray.storage;

import java.util.Locale;
import org.apache.hadoop.fs.Path;

/**
 * Where each converted image goes. OUTPUT is a folder (created when missing) under which a
 * directory input's sub-folders are mirrored; for a single input file it may instead be a file
 * name ending in {@code .png}, {@code .jpg} or {@code .jpeg}.
 */
public final class OutputPlan {
    private final Path output;
    private final boolean singleFile;

    private OutputPlan(Path output, boolean singleFile) {
        this.output = output;
        this.singleFile = singleFile;
    }

    /** {@code singleInput}: the inputs are exactly one file, so OUTPUT may name a file. */
    public static OutputPlan of(String output, boolean singleInput) {
        if (output == null || output.isEmpty()) {
            throw new IllegalArgumentException("an output is required");
        }
        return new OutputPlan(new Path(output), singleInput && namesImageFile(output));
    }

    /** Whether {@code output} looks like a file name rather than a folder. */
    public static boolean namesImageFile(String output) {
        return InputScan.isImageName(output) && !output.endsWith("/");
    }

    /** True when OUTPUT is the output file itself. */
    public boolean isSingleFile() {
        return singleFile;
    }

    /** Extension of the output file name, when OUTPUT names a file. */
    public String fileExtension() {
        String name = output.getName();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
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

    /** The extension to write: the input's own when it already names the format, else {@code preferred}. */
    public static String extensionFor(InputFile input, String preferred) {
        String name = input.path().getName();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean jpegFamily = preferred.equals("jpg") && (ext.equals("jpg") || ext.equals("jpeg"));
        return jpegFamily ? ext : preferred;
    }
}
