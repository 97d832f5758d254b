package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services: its name, module directory, default HTTP port and maximum heap. The heaps keep each
 * service under 300 MB resident: the query service loads the most classes (Hibernate), so its heap is smallest.
 */
public record ServiceSpec(String name, String module, int defaultPort, String maxHeap) {
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("query", "services/query-service", 8080, "128m"),
            new ServiceSpec("ingestion", "services/ingestion-service", 8081, "144m"),
            new ServiceSpec("extraction", "services/extraction-service", 8082, "144m"),
            new ServiceSpec("verification", "services/verification-service", 8083, "144m"));

    /** The Quarkus fast-jar runner built by {@code mvn package}. */
    public Path runner(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
