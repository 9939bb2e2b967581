package org.distgray.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Checks that a standalone master ({@code spark://host:port}, or several for a master with
 * standby) accepts a connection before the session starts: Spark itself would retry for a
 * minute and then say only that the application was not registered.
 */
final class MasterCheck {
    private static final String STANDALONE = "spark://";
    private static final int TIMEOUT_MILLIS = 3_000;

    private MasterCheck() {
    }

    /** Returns when {@code master} is not a standalone master or one of its hosts answers. */
    static void check(String master) throws NoMasterException {
        if (master == null || !master.startsWith(STANDALONE)) {
            return;
        }
        String reason = "no address";
        for (String address : master.substring(STANDALONE.length()).split(",")) {
            reason = reasonUnreachable(address.strip());
            if (reason == null) {
                return;
            }
        }
        throw new NoMasterException("no Spark master at " + master + " (" + reason
                + "); start one with submit/cluster-up");
    }

    /** Why nothing at {@code host:port} accepts a connection, or null when something does. */
    private static String reasonUnreachable(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            return "no port in " + address;
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            return "no port in " + address;
        }
        String host = address.substring(0, colon);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + host;
        } catch (ConnectException e) {
            return "connection refused";
        } catch (SocketTimeoutException e) {
            return "no answer in " + TIMEOUT_MILLIS / 1000 + " s";
        } catch (IOException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
