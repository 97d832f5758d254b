package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.util.List;

/** One of the four services: its name, module directory and default HTTP port. */
public record ServiceSpec(String name, String module, int defaultPort) {
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("query", "services/query-service", 8080),
            new ServiceSpec("ingestion", "services/ingestion-service", 8081),
            new ServiceSpec("extraction", "services/extraction-service", 8082),
            new ServiceSpec("verification", "services/verification-service", 8083));

    /** The Quarkus fast-jar runner built by {@code mvn package}. */
    public Path runner(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
