package dev.chancery.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Finds a free loopback port for an embedded server. */
public final class FreePorts {
    private FreePorts() {
    }

    public static int pick(int preferred) {
        if (preferred > 0) {
            return preferred;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
