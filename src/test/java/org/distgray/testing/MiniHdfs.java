package org.distgray.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.hdfs.DFSConfigKeys;
import org.apache.hadoop.hdfs.HdfsConfiguration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.hdfs.server.datanode.DataNode;
import org.apache.hadoop.hdfs.server.namenode.NameNode;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real HDFS for one test class: a MiniDFSCluster with one NameNode and one DataNode in this
 * JVM, every server on 127.0.0.1 and a free port, its storage in a fresh folder under the
 * module's {@code target/}. Register it with {@code @RegisterExtension static final MiniHdfs}
 * and it stops after the class and deletes its folder (or call {@link #start()} and
 * {@link #close()} yourself). Paths it hands out are fully qualified
 * ({@code hdfs://127.0.0.1:PORT/...}), so any Hadoop configuration, Spark's included, reaches it.
 */
public final class MiniHdfs implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    private static final String LOOPBACK_ANY_PORT = "127.0.0.1:0";

    private Path baseDir;
    private ThreadGroup threads;
    private MiniDFSCluster cluster;
    private FileSystem fs;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
    }

    /** Starts the cluster and waits until its DataNode takes writes. */
    public void start() throws IOException {
        if (cluster != null) {
            throw new IllegalStateException("already started");
        }
        baseDir = targetFolder().resolve("minidfs-" + UUID.randomUUID());
        threads = new ThreadGroup("minidfs");
        Configuration conf = new HdfsConfiguration();
        conf.set(DFSConfigKeys.DFS_NAMENODE_RPC_ADDRESS_KEY, LOOPBACK_ANY_PORT);
        conf.set(DFSConfigKeys.DFS_NAMENODE_HTTP_ADDRESS_KEY, LOOPBACK_ANY_PORT);
        conf.set(DFSConfigKeys.DFS_DATANODE_ADDRESS_KEY, LOOPBACK_ANY_PORT);
        conf.set(DFSConfigKeys.DFS_DATANODE_IPC_ADDRESS_KEY, LOOPBACK_ANY_PORT);
        conf.set(DFSConfigKeys.DFS_DATANODE_HTTP_ADDRESS_KEY, LOOPBACK_ANY_PORT);
        // Hadoop 3.4's NameNode never stops this monitor's thread: one would outlive each cluster.
        conf.setBoolean(DFSConfigKeys.DFS_NAMENODE_GC_TIME_MONITOR_ENABLE, false);
        // No secret file to look for (and warn about) in the user's home for the web servers.
        conf.set("hadoop.http.authentication.signer.secret.provider", "random");
        try {
            cluster = inOwnThreadGroup(() -> {
                MiniDFSCluster started = new MiniDFSCluster.Builder(conf, baseDir.toFile())
                        .numDataNodes(1)
                        .nameNodePort(0)
                        .nameNodeHttpPort(0)
                        .checkDataNodeAddrConfig(true)
                        .build();
                started.waitActive();
                return started;
            });
            fs = FileSystem.newInstance(uri(), conf);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Runs {@code start} on a thread of this cluster's group, so that every thread its servers
     * start, and those threads start in turn, belong to the group and can be told apart from
     * Spark's and the tests' own.
     */
    private MiniDFSCluster inOwnThreadGroup(Callable<MiniDFSCluster> start) throws IOException {
        FutureTask<MiniDFSCluster> task = new FutureTask<>(start);
        new Thread(threads, task, "minidfs-start").start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the cluster started");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("the cluster did not start", e.getCause());
        }
    }

    /** Names of the threads the cluster started that are still alive. */
    public List<String> liveThreads() {
        Thread[] found = new Thread[threads.activeCount() + 16];
        int count = threads.enumerate(found, true);
        return Arrays.stream(found, 0, count).map(Thread::getName).sorted().toList();
    }

    /**
     * Stops every server, closes the clients it and the code under test opened to it, and
     * deletes its folder.
     */
    @Override
    public void close() throws IOException {
        try {
            if (cluster != null) {
                URI uri = uri();
                if (fs != null) {
                    fs.close();
                }
                // The cached client that the code under test got for this URI, Spark's included.
                FileSystem.get(uri, new Configuration()).close();
                cluster.shutdown(true, true);
            }
        } finally {
            cluster = null;
            fs = null;
            if (baseDir != null) {
                deleteTree(baseDir);
            }
        }
    }

    /** {@code hdfs://127.0.0.1:PORT}. */
    public URI uri() {
        try {
            return new URI("hdfs", null, "127.0.0.1", cluster.getNameNodePort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client of its own, closed with the cluster. */
    public FileSystem fileSystem() {
        return fs;
    }

    /** {@code absolute} (starting with /) on this HDFS, fully qualified. */
    public org.apache.hadoop.fs.Path path(String absolute) {
        return new org.apache.hadoop.fs.Path(uri().toString() + absolute);
    }

    /** A new, empty folder's fully qualified path, so that tests of a class never meet. */
    public org.apache.hadoop.fs.Path freshFolder() throws IOException {
        org.apache.hadoop.fs.Path folder = path("/" + UUID.randomUUID());
        fs.mkdirs(folder);
        return folder;
    }

    /** Writes {@code bytes} to {@code file}, creating its folders. */
    public void write(org.apache.hadoop.fs.Path file, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(file, false)) {
            out.write(bytes);
        }
    }

    public byte[] read(org.apache.hadoop.fs.Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return in.readAllBytes();
        }
    }

    /** Every file below {@code folder}, hidden ones included, as sorted relative paths. */
    public List<String> filesUnder(org.apache.hadoop.fs.Path folder) throws IOException {
        String path = fs.makeQualified(folder).toUri().getPath();
        String root = path.endsWith("/") ? path : path + "/";
        List<String> names = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
        while (files.hasNext()) {
            names.add(files.next().getPath().toUri().getPath().substring(root.length()));
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** Addresses the servers listen on: NameNode RPC and HTTP, DataNode data, IPC and HTTP. */
    public List<InetSocketAddress> serverAddresses() {
        NameNode nameNode = cluster.getNameNode();
        DataNode dataNode = cluster.getDataNodes().get(0);
        InetSocketAddress dataNodeHttp = DataNode.getInfoAddr(dataNode.getConf());
        return List.of(nameNode.getNameNodeAddress(), nameNode.getHttpAddress(),
                dataNode.getXferAddress(), dataNode.ipcServer.getListenerAddress(),
                new InetSocketAddress(dataNodeHttp.getAddress(), dataNode.getInfoPort()));
    }

    /** The folder holding the cluster's storage, deleted on close. */
    public Path baseDir() {
        return baseDir;
    }

    /** The module's {@code target/}: the parent of the folder this class was compiled into. */
    private static Path targetFolder() {
        try {
            return Path.of(MiniHdfs.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.notExists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(MiniHdfs::delete);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void delete(File file) {
        if (!file.delete() && file.exists()) {
            throw new UncheckedIOException(new IOException("cannot delete " + file));
        }
    }
}
