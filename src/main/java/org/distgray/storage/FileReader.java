package org.distgray.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;

/** Reads a whole input file through Hadoop's FileSystem, refusing files too big for one array. */
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
        long length;
        try {
            length = fs.getFileStatus(path).getLen();
        } catch (FileNotFoundException e) {
            throw new FileNotFoundException("no such file");
        }
        if (length > MAX_BYTES) {
            throw new IOException("file is " + length + " bytes, more than one image may be");
        }
        byte[] bytes = new byte[(int) length];
        try (InputStream in = fs.open(path)) {
            IOUtils.readFully(in, bytes, 0, bytes.length);
        }
        return bytes;
    }
}
