package org.distgray.hdfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.distgray.testing.MiniHdfs;
import org.distgray.testing.Waiting;
import org.junit.jupiter.api.Test;

/**
 * The test HDFS listens on loopback only, and closing it frees its ports, ends its threads and
 * deletes its folder, so that one class's cluster never outlives the class.
 */
class HdfsClusterStopsTest {
    /**
     * A first cluster starts the threads Hadoop keeps once per JVM (a static DataNode pool,
     * statistics and certificate monitors), so the second one must leave not one thread.
     */
    @Test
    void serversAreOnLoopbackAndLeaveNothingBehind() throws Exception {
        try (MiniHdfs first = new MiniHdfs()) {
            first.start();
        }

        MiniHdfs hdfs = new MiniHdfs();
        List<InetSocketAddress> servers;
        java.nio.file.Path baseDir;
        try {
            hdfs.start();
            servers = hdfs.serverAddresses();
            baseDir = hdfs.baseDir();
            assertTrue(Files.isDirectory(baseDir));
            Path file = new Path(hdfs.freshFolder(), "hello.txt");
            byte[] bytes = "hello".getBytes(StandardCharsets.UTF_8);
            hdfs.write(file, bytes);
            assertArrayEquals(bytes, hdfs.read(file));
            assertFalse(hdfs.liveThreads().isEmpty(), "the servers' threads are in its group");
            for (InetSocketAddress server : servers) {
                assertEquals("127.0.0.1", server.getAddress().getHostAddress(), server.toString());
                assertNotEquals(0, server.getPort(), server.toString());
            }
        } finally {
            hdfs.close();
        }

        assertTrue(Files.notExists(baseDir), "storage folder deleted");
        for (InetSocketAddress server : servers) {
            assertPortFree(server.getPort());
        }
        Waiting.until("HDFS's threads to end", () -> hdfs.liveThreads().isEmpty(), 30);
        assertEquals(List.of(), hdfs.liveThreads());
    }

    private static void assertPortFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, socket.getLocalPort());
        }
    }
}
