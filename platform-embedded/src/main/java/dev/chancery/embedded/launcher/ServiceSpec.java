package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the four services: its name, module directory, default HTTP port and maximum heap. Outside the heap each
 * JVM holds about 130 MB (query about 200 MB: Hibernate's metaspace, symbols; measured with native memory
 * tracking), so a 128 MB heap keeps ingestion, extraction and verification near their 300 MB budget. The query
 * service keeps 160 MB for its rebuilds: at 128 MB (329 MB resident instead of about 380) a rebuild of a million
 * facts ran 7-20 % slower in garbage collection, below a quarter of the COPY rate. {@code background}: a stage that
 * only consumes topics (nobody waits on a request of it), run at a lower CPU priority where the machine is shared
 * ({@link LaunchOptions#backgroundNice()}).
 */
public record ServiceSpec(String name, String module, int defaultPort, String maxHeap, boolean background) {
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("query", "services/query-service", 8080, "160m", false),
            new ServiceSpec("ingestion", "services/ingestion-service", 8081, "128m", false),
            new ServiceSpec("extraction", "services/extraction-service", 8082, "128m", true),
            new ServiceSpec("verification", "services/verification-service", 8083, "128m", true));

    /** The service of that name. */
    public static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    /** This service's JVM options: its maximum heap first (so that an {@code -Xmx} among {@code given} wins). */
    public List<String> jvmOptions(List<String> given) {
        List<String> options = new java.util.ArrayList<>();
        options.add("-Xmx" + maxHeap);
        options.addAll(given);
        return options;
    }

    /** The Quarkus fast-jar runner built by {@code mvn package}. */
    public Path runner(Path home) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
