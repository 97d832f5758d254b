package dev.chancery.bench.harness;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU seconds used so far by each process of the platform, from /proc/&lt;pid&gt;/stat (user + system): the four
 * services, the bench JVM (which hosts the Kafka broker, and the e2e phase's closed-loop load), the load generator
 * JVM when there is one (the open-loop loads), every PostgreSQL process (with the time of backends that already
 * ended, counted in the postmaster's children), and the whole machine. Two snapshots give where a phase's CPU went.
 */
public final class ProcCpu {
    /** The bench JVM's group while the load runs in it (the e2e phase). */
    public static final String BENCH_JVM_WITH_LOAD = "bench JVM (Kafka broker, load generator)";
    /** The bench JVM's group while the load runs in the load generator JVM. */
    public static final String BENCH_JVM = "bench JVM (Kafka broker)";
    public static final String LOAD_GENERATOR_JVM = "load generator JVM";
    private final Map<String, Long> services;
    private final long loadGeneratorPid;

    public ProcCpu(Map<String, Long> services) {
        this(services, 0);
    }

    private ProcCpu(Map<String, Long> services, long loadGeneratorPid) {
        this.services = Map.copyOf(services);
        this.loadGeneratorPid = loadGeneratorPid;
    }

    /** The same groups, with the load generator JVM as a group of its own. */
    public ProcCpu withLoadGenerator(long pid) {
        return new ProcCpu(services, pid);
    }

    /** CPU seconds per process group since each process started; "machine" is all CPUs' busy time since boot. */
    public Map<String, Double> snapshot() {
        Map<String, Double> s = new LinkedHashMap<>();
        services.forEach((name, pid) -> s.put(name, seconds(stat(pid), false)));
        if (loadGeneratorPid == 0) {
            s.put(BENCH_JVM_WITH_LOAD, seconds(stat(ProcessHandle.current().pid()), false));
        } else {
            s.put(BENCH_JVM, seconds(stat(ProcessHandle.current().pid()), false));
            s.put(LOAD_GENERATOR_JVM, seconds(stat(loadGeneratorPid), false));
        }
        s.put("postgres", postgres());
        s.put("machine", machineBusy());
        return s;
    }

    /** The difference of two snapshots, per group. */
    public static Map<String, Double> between(Map<String, Double> from, Map<String, Double> to) {
        Map<String, Double> d = new LinkedHashMap<>();
        to.forEach((k, v) -> d.put(k, Math.round((v - from.getOrDefault(k, 0.0)) * 10) / 10.0));
        return d;
    }

    private static double postgres() {
        double total = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path p : procs) {
                String[] f = stat(Long.parseLong(p.getFileName().toString()));
                if (f != null && f[0].equals("postgres")) {
                    // the postmaster also carries the time of its children that ended (closed connections)
                    String[] parent = stat(Long.parseLong(f[2]));
                    boolean postmaster = parent == null || !parent[0].equals("postgres");
                    total += seconds(f, postmaster);
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total;
    }

    private static double seconds(String[] f, boolean withChildren) {
        return f == null ? 0 : ProcStat.seconds(f, withChildren);
    }

    /** comm followed by the fields after it, or null if the process is gone. */
    private static String[] stat(long pid) {
        try {
            return ProcStat.fields(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double machineBusy() {
        try {
            return ProcStat.machineBusySeconds(Files.readAllLines(Path.of("/proc/stat")).get(0));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
