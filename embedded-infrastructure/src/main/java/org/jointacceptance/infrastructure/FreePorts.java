package org.jointacceptance.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds free TCP ports on the loopback interface and explains, in words, a port that is taken. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port that was free a moment ago. */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    /** Returns {@code port} if nothing listens on it, otherwise fails with a message naming who wanted it. */
    public static int requireFree(int port, String wantedBy) {
        if (!isFree(port)) {
            throw new PortInUseException(port, wantedBy);
        }
        return port;
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port needed by one of our processes is already taken by another program. */
    public static final class PortInUseException extends RuntimeException {
        public PortInUseException(int port, String wantedBy) {
            super("Port " + port + " (" + wantedBy + ") is already in use by another program. "
                    + "Stop that program or choose another port.");
        }
    }
}
