package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run the platform on its embedded default.
 *
 * @param home       the checkout (where the services' built jars are)
 * @param dataDir    where Kafka's log, PostgreSQL's data, the JWT key pair and the service logs live
 * @param ports      HTTP port per service or instance name ({@code extraction-2}); a missing service takes its
 *                   default, a missing replica k the first replica's port plus 100·(k−1)
 * @param kafkaPort  broker port, 0 for a free one
 * @param postgresPort PostgreSQL port, 0 for a free one
 * @param durable    fsync on (the default for real use; tests may turn it off)
 * @param jvmOptions options for every service JVM
 * @param replicas   instances per service name ({@link ReplicaCounts}); a missing name runs once
 */
public record LaunchOptions(Path home, Path dataDir, Map<String, Integer> ports, int kafkaPort, int postgresPort,
        boolean durable, List<String> jvmOptions, Map<String, Integer> replicas) {

    /** Service JVMs sized for a small machine: every service stays under 300 MB resident. */
    public static final List<String> DEFAULT_JVM_OPTIONS = jvmOptions(System.getProperty("chancery.service.jvm",
            System.getenv("CHANCERY_SERVICE_JVM")));

    /**
     * Niceness of the background stages (extraction, verification) on the one machine the embedded default shares:
     * when the CPU is saturated, the services clients wait on (query's reads, ingestion's POSTs), PostgreSQL and
     * Kafka get it first and the backlog waits in the topics instead (on Kubernetes, CPU requests do this).
     * {@code CHANCERY_BACKGROUND_NICE}, 0 to 19; 0 runs every service alike. Only where {@code nice} exists. Read
     * when a service starts, so that a bad value fails that start with its message.
     */
    public static int backgroundNice() {
        return niceness(System.getenv("CHANCERY_BACKGROUND_NICE"));
    }

    static int niceness(String given) {
        try {
            return given == null || given.isBlank() ? 10 : Math.max(0, Math.min(19, Integer.parseInt(given.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CHANCERY_BACKGROUND_NICE must be a number from 0 to 19, not " + given);
        }
    }

    /**
     * The heap's maximum and the collector are per service ({@link ServiceSpec#maxHeap()},
     * {@link ServiceSpec#collector()}). TrimNativeHeapInterval (JDK 17.0.9+, 21.0.1+;
     * ignored by older JVMs) gives malloc's freed memory (the JIT's arenas, mostly) back to the system every 5 s;
     * maxCachedBufferSize stops each thread that reads a socket into a heap buffer (Kafka's consumers, fetching up
     * to 4 MB) from keeping a direct buffer as large as its largest read.
     */
    static final String DEFAULT_JVM = "-Xms32m -XX:MaxMetaspaceSize=128m"
            + " -XX:ReservedCodeCacheSize=64m -Xss512k"
            + " -Djdk.nio.maxCachedBufferSize=262144 -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000";

    /**
     * The options given (space-separated, in {@code -Dchancery.service.jvm} or {@code CHANCERY_SERVICE_JVM}), else
     * the defaults.
     */
    static List<String> jvmOptions(String given) {
        String options = given == null || given.isBlank() ? DEFAULT_JVM : given.trim();
        return List.of(options.split("\\s+"));
    }

    /** Every service, Kafka and PostgreSQL on free ports: for tests and benchmarks beside a running platform. */
    public static LaunchOptions onFreePorts(Path home, Path dataDir, boolean durable) {
        return onFreePorts(home, dataDir, durable, Map.of());
    }

    /** As {@link #onFreePorts(Path, Path, boolean)}, with {@code replicas} instances per service name. */
    public static LaunchOptions onFreePorts(Path home, Path dataDir, boolean durable, Map<String, Integer> replicas) {
        Map<String, Integer> ports = new java.util.HashMap<>();
        // a port for every replica a service may be scaled to later (EmbeddedPlatform#scale), not only those started
        ServiceSpec.ALL.forEach(s -> {
            for (int k = 1; k <= (ReplicaCounts.SCALABLE.contains(s.name()) ? ReplicaCounts.MAX : 1); k++) {
                ports.put(new ServiceInstance(s, k, 0).name(), dev.chancery.embedded.FreePorts.pick(0));
            }
        });
        return new LaunchOptions(home, dataDir, ports, 0, 0, durable, DEFAULT_JVM_OPTIONS, replicas);
    }

    public int port(ServiceSpec spec) {
        return ports.getOrDefault(spec.name(), spec.defaultPort());
    }

    /** The instances to run: each service's replicas, each on its own port. */
    public List<ServiceInstance> instances() {
        List<ServiceInstance> instances = new java.util.ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            for (int k = 1; k <= replicas.getOrDefault(spec.name(), 1); k++) {
                instances.add(instance(spec, k));
            }
        }
        return instances;
    }

    /** Replica {@code k} of the service, on its port. */
    public ServiceInstance instance(ServiceSpec spec, int k) {
        String name = new ServiceInstance(spec, k, 0).name();
        return new ServiceInstance(spec, k, ports.getOrDefault(name, port(spec) + 100 * (k - 1)));
    }
}
