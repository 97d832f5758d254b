package dev.chancery.embedded.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A platform's service instances under supervision: started together, scaled per service, stopped together. */
final class SupervisedInstances {
    private static final Duration READY = Duration.ofSeconds(Long.getLong("chancery.ready.seconds", 300));
    private final LaunchOptions options;
    private final Map<String, String> config;
    private final RestartPolicy policy;
    private final Consumer<String> log;
    private final List<StatusFile.Entry> entries = new CopyOnWriteArrayList<>();
    private final StatusFile status;

    SupervisedInstances(LaunchOptions options, Map<String, String> config, RestartPolicy policy, Consumer<String> log) {
        this.options = options;
        this.config = config;
        this.policy = policy;
        this.log = log;
        this.status = new StatusFile(options.dataDir().resolve("status.json"), () -> entries);
    }

    /** Starts the instances and returns once every one is ready; fails with the log of one that is not. */
    void start(List<ServiceInstance> instances) throws Exception {
        Path logs = options.dataDir().resolve("logs");
        List<StatusFile.Entry> started = instances.stream().map(instance -> new StatusFile.Entry(instance,
                new Supervised(instance.name(),
                        () -> ServiceProcess.start(instance, options.home(), config, options.jvmOptions(), logs),
                        () -> ServiceProcess.ready(instance), policy, log, status::write))).toList();
        entries.addAll(started);
        status.write();
        for (StatusFile.Entry entry : started) {
            try {
                entry.supervised().awaitFirstReady(READY);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage() + "; see " + entry.instance().log(logs), e);
            }
        }
    }

    /** Runs {@code replicas} instances of the service: starts the missing ones, stops the last ones beyond. */
    synchronized void scale(String service, int replicas) throws Exception {
        ReplicaCounts.parse(service + "=" + replicas);
        ServiceSpec spec = ServiceSpec.named(service);
        List<StatusFile.Entry> running = entries.stream().filter(e -> e.instance().spec().equals(spec))
                .sorted(Comparator.comparingInt((StatusFile.Entry e) -> e.instance().replica()).reversed()).toList();
        for (StatusFile.Entry surplus : running.subList(0, Math.max(0, running.size() - replicas))) {
            surplus.supervised().close();
            entries.remove(surplus);
        }
        status.write();
        start(java.util.stream.IntStream.rangeClosed(running.size() + 1, replicas)
                .mapToObj(k -> options.instance(spec, k)).toList());
    }

    List<StatusFile.Entry> entries() {
        return List.copyOf(entries);
    }

    /** Stops every supervision before any process (see {@link Supervised#stopSupervising()}), then the processes. */
    void close() {
        entries.forEach(e -> e.supervised().stopSupervising());
        entries.parallelStream().forEach(e -> e.supervised().close());
    }
}
