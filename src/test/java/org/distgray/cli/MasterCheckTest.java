package org.distgray.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * A standalone master is checked by a real connection to each of its addresses; other masters
 * are left to Spark.
 */
class MasterCheckTest {
    @Test
    void aListeningAddressPassesEvenAfterADeadOne() throws IOException {
        try (ServerSocket master = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertDoesNotThrow(() -> MasterCheck.check("spark://127.0.0.1:"
                    + master.getLocalPort()));
            assertDoesNotThrow(() -> MasterCheck.check("spark://127.0.0.1:1,127.0.0.1:"
                    + master.getLocalPort()));
        }
    }

    @Test
    void nothingListeningIsOneClearMessage() {
        NoMasterException e = assertThrows(NoMasterException.class,
                () -> MasterCheck.check("spark://127.0.0.1:1"));
        assertEquals("no Spark master at spark://127.0.0.1:1 (connection refused); start one"
                + " with submit/cluster-up", e.getMessage());
    }

    @Test
    void anAddressWithoutAPortIsNamed() {
        NoMasterException e = assertThrows(NoMasterException.class,
                () -> MasterCheck.check("spark://127.0.0.1"));
        assertEquals("no Spark master at spark://127.0.0.1 (no port in 127.0.0.1); start one"
                + " with submit/cluster-up", e.getMessage());
    }

    @Test
    void otherMastersAreNotChecked() {
        assertDoesNotThrow(() -> MasterCheck.check("local[*]"));
        assertDoesNotThrow(() -> MasterCheck.check("yarn"));
        assertDoesNotThrow(() -> MasterCheck.check(null));
    }
}
