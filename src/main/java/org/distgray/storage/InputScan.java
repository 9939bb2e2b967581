package org.distgray.storage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the command line's INPUT arguments (files, directories searched recursively, globs)
 * into the images to convert. A file named on its own is always taken, whatever its name, and
 * its content decides; inside a directory only the files a {@link NameFilter} accepts are, and
 * hidden ones (temporary outputs among them) are passed over, and so is what the
 * run itself writes ({@link OwnFiles}: the output tree, the metrics files) unless the argument
 * itself points inside it.
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

    /**
     * Looks up every argument, passing over {@code own} files and, in directories and patterns,
     * the names {@code names} does not accept; an argument that names nothing becomes a problem,
     * not an error.
     */
    public static InputScan of(List<String> arguments, Configuration conf, OwnFiles own,
            NameFilter names) throws IOException {
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
            OwnFiles skipped = own.covers(fs.makeQualified(fixedPart(argument, fs)))
                    ? OwnFiles.none() : own;
            int before = files.size();
            for (FileStatus match : matches) {
                if (skipped.covers(match.getPath())) {
                    continue;
                }
                if (match.isDirectory()) {
                    directoryOrGlob = true;
                    addDirectory(fs, match.getPath(), skipped, names, files);
                } else if (!glob || isWanted(names, match.getPath().getName())) {
                    files.add(new InputFile(match.getPath(), match.getPath().getName(),
                            match.getLen()));
                }
            }
            if (files.size() == before) {
                problems.add(new InputProblem(argument, "no " + names.description()
                        + (glob ? " match this pattern" : " in this directory")));
            }
        }
        return new InputScan(files, problems, !directoryOrGlob && files.size() == 1
                && arguments.size() == 1);
    }

    /**
     * The part of {@code argument} before any pattern: the argument itself, or the folder a
     * glob looks in. Pointing there on purpose, a user may take files of the output tree.
     */
    private static Path fixedPart(String argument, FileSystem fs) {
        if (!hasGlob(argument)) {
            return new Path(argument);
        }
        String literal = argument.substring(0, firstGlobChar(argument));
        int slash = literal.lastIndexOf('/');
        if (slash < 0) {
            return fs.getWorkingDirectory();
        }
        return new Path(slash == 0 ? "/" : literal.substring(0, slash));
    }

    private static void addDirectory(FileSystem fs, Path dir, OwnFiles skipped, NameFilter names,
            List<InputFile> files) throws IOException {
        String root = dir.toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        List<InputFile> found = new ArrayList<>();
        while (it.hasNext()) {
            LocatedFileStatus status = it.next();
            String relative = status.getPath().toUri().getPath().substring(root.length());
            while (relative.startsWith("/")) {
                relative = relative.substring(1);
            }
            if (names.test(status.getPath().getName()) && !isHidden(relative)
                    && !skipped.covers(status.getPath())) {
                found.add(new InputFile(status.getPath(), relative, status.getLen()));
            }
        }
        found.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        files.addAll(found);
    }

    /**
     * What a pattern or a directory picks up: accepted names, never hidden files (which include
     * the temporary files of writes in progress). A file named outright is always taken.
     */
    private static boolean isWanted(NameFilter names, String name) {
        return names.test(name) && !isHidden(name);
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
        return firstGlobChar(argument) < argument.length();
    }

    private static int firstGlobChar(String argument) {
        for (int i = 0; i < argument.length(); i++) {
            if ("*?[{".indexOf(argument.charAt(i)) >= 0) {
                return i;
            }
        }
        return argument.length();
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
