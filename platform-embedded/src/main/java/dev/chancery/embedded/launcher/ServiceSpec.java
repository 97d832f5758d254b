package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services: its name, module directory, default HTTP port and maximum heap. Query, ingestion and
 * verification handle the largest records (verdicts and event states carry their events' claim lists) and ran out
 * of 128-144 MB under the benchmark's load, so they keep 160 MB; extraction stays at 144 MB.
 */
public record ServiceSpec(String name, String module, int defaultPort, String maxHeap) {
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("query", "services/query-service", 8080, "160m"),
            new ServiceSpec("ingestion", "services/ingestion-service", 8081, "160m"),
            new ServiceSpec("extraction", "services/extraction-service", 8082, "144m"),
            new ServiceSpec("verification", "services/verification-service", 8083, "160m"));

    /** The Quarkus fast-jar runner built by {@code mvn package}. */
    public Path runner(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
