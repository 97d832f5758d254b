package dev.chancery.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds a free loopback port for an embedded server. A port is handed out once per JVM: the system may give the port
 * it just released to the next request, so two servers picked one after the other (Kafka's broker and controller
 * listeners) would otherwise get the same one before either binds it.
 */
public final class FreePorts {
    private static final int ATTEMPTS = 100;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    public static int pick(int preferred) {
        if (preferred > 0) {
            return preferred;
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            int port = ephemeral();
            synchronized (HANDED_OUT) {
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            }
        }
        throw new IllegalStateException("no free port not handed out already after " + ATTEMPTS + " attempts");
    }

    private static int ephemeral() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
