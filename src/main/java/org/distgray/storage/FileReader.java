package org.distgray.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;

/**
 * Reads an input file through Hadoop's FileSystem: whole, refusing files too big for one array,
 * or as a stream.
 */
public final class FileReader {
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private final Configuration conf;

    public FileReader(Configuration conf) {
        if (conf == null) {
            throw new IllegalArgumentException("a Hadoop configuration is required");
        }
        this.conf = conf;
    }

    public byte[] readAll(Path path) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        long length = lengthOf(fs, path);
        if (length > MAX_BYTES) {
            throw new IOException("file is " + length + " bytes, more than one image may be");
        }
        byte[] bytes = new byte[(int) length];
        try (InputStream in = fs.open(path)) {
            IOUtils.readFully(in, bytes, 0, bytes.length);
        }
        return bytes;
    }

    /**
     * Opens {@code path} to be read as a stream, for a file too large to be held whole; the
     * caller closes it.
     */
    public InputStream open(Path path) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        lengthOf(fs, path);
        return fs.open(path);
    }

    private static long lengthOf(FileSystem fs, Path path) throws IOException {
        try {
            return fs.getFileStatus(path).getLen();
        } catch (FileNotFoundException e) {
            throw new FileNotFoundException("no such file");
        }
    }
}
