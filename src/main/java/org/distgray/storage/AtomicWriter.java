package org.distgray.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes an output so that it appears whole or not at all: the bytes go to a hidden temporary
 * file in the target folder, which is renamed into place once closed. A failed or killed write
 * leaves no partial image under the real name, and a rerun can trust any output it finds.
 */
public final class AtomicWriter {
    /** Suffix of temporary files; with their leading dot, input scans pass over them. */
    public static final String TEMP_SUFFIX = ".distgray-tmp";

    private final Configuration conf;

    public AtomicWriter(Configuration conf) {
        if (conf == null) {
            throw new IllegalArgumentException("a Hadoop configuration is required");
        }
        this.conf = conf;
    }

    /**
     * What is written: the body of the file, given the stream of the temporary file. A body
     * that makes its bytes as it goes (a picture converted while it is read) may fail for its
     * own reasons, {@code E}, which reach the caller as they are.
     */
    @FunctionalInterface
    public interface Body<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /**
     * Whether {@code target} already exists as a file, so that a rerun can skip the input;
     * refuses a target that is the input itself or a directory. Run before any work on the image
     * is spent.
     */
    public boolean exists(Path target, Path input) throws IOException, OutputConflictException {
        FileSystem fs = target.getFileSystem(conf);
        Path qualifiedTarget = fs.makeQualified(target);
        Path qualifiedInput = input.getFileSystem(conf).makeQualified(input);
        if (qualifiedTarget.equals(qualifiedInput)) {
            throw new OutputConflictException("output " + target + " is the input itself;"
                    + " choose another output");
        }
        FileStatus status;
        try {
            status = fs.getFileStatus(target);
        } catch (FileNotFoundException e) {
            return false;
        }
        if (status.isDirectory()) {
            throw new OutputConflictException("output " + target + " is a directory");
        }
        return true;
    }

    /**
     * Deletes the temporary files that killed runs left in {@code folder}, so a rerun ends with
     * none; returns how many there were. A missing folder has none.
     */
    public int removeLeftovers(Path folder) throws IOException {
        FileSystem fs = folder.getFileSystem(conf);
        FileStatus[] entries;
        try {
            entries = fs.listStatus(folder, AtomicWriter::isTemporary);
        } catch (FileNotFoundException e) {
            return 0;
        }
        int removed = 0;
        for (FileStatus entry : entries) {
            if (entry.isFile() && fs.delete(entry.getPath(), false)) {
                removed++;
            }
        }
        return removed;
    }

    private static boolean isTemporary(Path path) {
        String name = path.getName();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Writes {@code body} to {@code target} atomically; returns the bytes written. Whatever the
     * file system throws on the way (a full disk included) comes out as a
     * {@link WriteFailedException}, after the temporary file is removed.
     */
    public <E extends Exception> long write(Path target, boolean overwrite, Body<E> body)
            throws WriteFailedException, OutputConflictException, E {
        try {
            return writeThroughTemporary(target, overwrite, body);
        } catch (IOException | FSError e) {
            throw WriteFailedException.of(target, e);
        }
    }

    private <E extends Exception> long writeThroughTemporary(Path target, boolean overwrite,
            Body<E> body) throws IOException, OutputConflictException, E {
        FileSystem fs = target.getFileSystem(conf);
        fs.setWriteChecksum(false);
        Path folder = target.getParent();
        if (folder != null) {
            fs.mkdirs(folder);
        }
        Path temp = new Path(folder,
                "." + target.getName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        boolean done = false;
        try {
            try (FSDataOutputStream out = fs.create(temp, false)) {
                body.writeTo(out);
            }
            long length = fs.getFileStatus(temp).getLen();
            if (fs.exists(target)) {
                if (!overwrite) {
                    throw new OutputConflictException("output " + target
                            + " appeared while it was being written; it was left alone");
                }
                fs.delete(target, false);
            }
            if (!fs.rename(temp, target)) {
                throw new IOException("could not rename " + temp + " to " + target);
            }
            done = true;
            return length;
        } finally {
            if (!done) {
                fs.delete(temp, false);
            }
        }
    }
}
