package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services: its name, module directory, default HTTP port and maximum heap. Outside the heap each
 * JVM holds about 130 MB (query about 200 MB: Hibernate's metaspace, symbols; measured with native memory
 * tracking), so a 128 MB heap keeps ingestion, extraction and verification near their 300 MB budget. The query
 * service has 128 MB too since its reads as of now are shared and shed beyond a bound (at 128 MB, when every read
 * waited for its own computation, its event loop stalled in garbage collection at 200 reads/s). {@code background}: a stage that only consumes topics (nobody waits on a request of it),
 * run at a lower CPU priority where the machine is shared ({@link LaunchOptions#BACKGROUND_NICE}).
 */
public record ServiceSpec(String name, String module, int defaultPort, String maxHeap, boolean background) {
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("query", "services/query-service", 8080, "128m", false),
            new ServiceSpec("ingestion", "services/ingestion-service", 8081, "128m", false),
            new ServiceSpec("extraction", "services/extraction-service", 8082, "128m", true),
            new ServiceSpec("verification", "services/verification-service", 8083, "128m", true));

    /** The Quarkus fast-jar runner built by {@code mvn package}. */
    public Path runner(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
