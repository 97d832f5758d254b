package dev.chancery.embedded.launcher;

import java.nio.file.Path;

/**
 * One running copy of a service: replica 1 takes the service's own name (so a single replica looks as before),
 * replica k the name {@code service-k}; each has its own HTTP port and log file.
 */
public record ServiceInstance(ServiceSpec spec, int replica, int port) {

    public String name() {
        return replica == 1 ? spec.name() : spec.name() + "-" + replica;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Path log(Path logDir) {
        return logDir.resolve(name() + ".log");
    }
}
