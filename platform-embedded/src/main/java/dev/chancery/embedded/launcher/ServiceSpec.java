package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services: its name, module directory, default HTTP port and maximum heap. Outside the heap each
 * JVM holds about 130 MB (metaspace 50-90 MB, symbols, code cache, class space; measured with native memory
 * tracking), so a 128 MB heap keeps a service near its 300 MB budget. The heaps were 144-160 MB while verdict facts
 * and event states carried every claim of their events (verdicts v1).
 */
public record ServiceSpec(String name, String module, int defaultPort, String maxHeap) {
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("query", "services/query-service", 8080, "128m"),
            new ServiceSpec("ingestion", "services/ingestion-service", 8081, "128m"),
            new ServiceSpec("extraction", "services/extraction-service", 8082, "128m"),
            new ServiceSpec("verification", "services/verification-service", 8083, "128m"));

    /** The Quarkus fast-jar runner built by {@code mvn package}. */
    public Path runner(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
