package org.jointacceptance.infrastructure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Finds free TCP ports on the loopback interface and explains, in words, a port that is taken. */
public final class FreePorts {

    private FreePorts() {
    }

    /**
     * Below the range Linux draws the ports of outgoing connections from (32768-60999), so that no connection takes
     * a port picked here before its server binds it.
     */
    private static final int FIRST = 20_000;
    private static final int LAST = 32_767;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    /** A port that was free a moment ago, never given before in this process. */
    public static int pick() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST + 1);
            if (!GIVEN.contains(port) && isFree(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port from " + FIRST + " to " + LAST + " on the loopback interface");
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
