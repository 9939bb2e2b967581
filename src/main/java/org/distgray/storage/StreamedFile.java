package org.distgray.storage;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file written as a run goes, not atomically: each {@link #flush()} hands what was written to
 * the file system ({@code hflush}), so what the file held up to then survives the process being
 * killed. For the metrics files, which must show a crashed run's work. Write errors, a full
 * disk's {@code FSError} included, come out as {@link WriteFailedException}.
 */
public final class StreamedFile extends OutputStream {
    private final Path path;
    private final FSDataOutputStream out;

    private StreamedFile(Path path, FSDataOutputStream out) {
        this.path = path;
        this.out = out;
    }

    /** Creates {@code path} (replacing a file of that name) and its folder if missing. */
    public static StreamedFile create(Path path, Configuration conf) throws WriteFailedException {
        try {
            FileSystem fs = path.getFileSystem(conf);
            fs.setWriteChecksum(false);
            return new StreamedFile(path, fs.create(path, true));
        } catch (IOException | FSError e) {
            throw WriteFailedException.of(path, e);
        }
    }

    @Override
    public void write(int b) throws WriteFailedException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws WriteFailedException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException | FSError e) {
            throw WriteFailedException.of(path, e);
        }
    }

    @Override
    public void flush() throws WriteFailedException {
        try {
            out.hflush();
        } catch (IOException | FSError e) {
            throw WriteFailedException.of(path, e);
        }
    }

    @Override
    public void close() throws WriteFailedException {
        try {
            out.close();
        } catch (IOException | FSError e) {
            throw WriteFailedException.of(path, e);
        }
    }
}
