package org.distgray.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the command line's INPUT arguments (files, directories searched recursively, globs)
 * into the images to convert. A file named on its own is always taken, whatever its name, and
 * its content decides; inside a directory only {@code .jpg}, {@code .jpeg} and {@code .png}
 * files are, and hidden ones (temporary outputs among them) are passed over.
 */
public final class InputScan {
    private final List<InputFile> files;
    private final List<InputProblem> problems;
    private final boolean singleFile;

    private InputScan(List<InputFile> files, List<InputProblem> problems, boolean singleFile) {
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
        this.singleFile = singleFile;
    }

    /** Looks up every argument; an argument that names nothing becomes a problem, not an error. */
    public static InputScan of(List<String> arguments, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        boolean directoryOrGlob = false;
        for (String argument : arguments) {
            Path path = new Path(argument);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            boolean glob = hasGlob(argument);
            if (matches == null || matches.length == 0) {
                problems.add(new InputProblem(argument, glob ? "no file matches this pattern"
                        : "no such file or directory"));
                continue;
            }
            directoryOrGlob |= glob || matches.length > 1;
            int before = files.size();
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    directoryOrGlob = true;
                    addDirectory(fs, match.getPath(), files);
                } else if (!glob || isWanted(match.getPath().getName())) {
                    files.add(new InputFile(match.getPath(), match.getPath().getName(),
                            match.getLen()));
                }
            }
            if (files.size() == before) {
                problems.add(new InputProblem(argument, glob
                        ? "no .jpg, .jpeg or .png files match this pattern"
                        : "no .jpg, .jpeg or .png files in this directory"));
            }
        }
        return new InputScan(files, problems, !directoryOrGlob && files.size() == 1
                && arguments.size() == 1);
    }

    private static void addDirectory(FileSystem fs, Path dir, List<InputFile> files)
            throws IOException {
        String root = dir.toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        List<InputFile> found = new ArrayList<>();
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            String relative = status.getPath().toUri().getPath().substring(root.length());
            while (relative.startsWith("/")) {
                relative = relative.substring(1);
            }
            if (isImageName(status.getPath().getName()) && !isHidden(relative)) {
                found.add(new InputFile(status.getPath(), relative, status.getLen()));
            }
        }
        found.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        files.addAll(found);
    }

    /**
     * What a pattern or a directory picks up: image names, never hidden files (which include
     * the temporary files of writes in progress). A file named outright is always taken.
     */
    private static boolean isWanted(String name) {
        return isImageName(name) && !isHidden(name);
    }

    static boolean isImageName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png");
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0
                || argument.indexOf('[') >= 0 || argument.indexOf('{') >= 0;
    }

    public List<InputFile> files() {
        return files;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** True when the arguments named exactly one plain file: then OUTPUT may be a file name. */
    public boolean isSingleFile() {
        return singleFile;
    }
}
