package dev.chancery.embedded.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code --replicas}: a bare number for every scalable service, or {@code name=N,...} per service. Only the
 * stages that consume topics scale: their replicas share one consumer group and split the topics' partitions.
 * Ingestion does not: clients post to one address, and the embedded default has no load balancer to spread them.
 */
public final class ReplicaCounts {
    public static final Set<String> SCALABLE = Set.of("extraction", "verification", "query");
    /** More replicas than a topic has partitions (3, {@code EmbeddedKafka}) would sit idle. */
    static final int MAX = 3;

    private ReplicaCounts() {
    }

    /** Replicas per service name; a service not named runs once. */
    public static Map<String, Integer> parse(String given) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (given == null || given.isBlank()) {
            return counts;
        }
        if (given.trim().matches("\\d+")) {
            int n = count(given.trim());
            ServiceSpec.ALL.stream().filter(s -> SCALABLE.contains(s.name())).forEach(s -> counts.put(s.name(), n));
            return counts;
        }
        for (String part : given.split(",", -1)) {
            String[] pair = part.trim().split("=", -1);
            if (pair.length != 2 || !SCALABLE.contains(pair[0].trim())) {
                throw new IllegalArgumentException("replicas are N or NAME=N,... with NAME one of "
                        + "extraction, verification, query; not '" + part.trim() + "'");
            }
            counts.put(pair[0].trim(), count(pair[1].trim()));
        }
        return counts;
    }

    private static int count(String n) {
        int count = n.matches("\\d{1,3}") ? Integer.parseInt(n) : 0;
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("a replica count is 1 to " + MAX + " (the topics' partitions), not '"
                    + n + "'");
        }
        return count;
    }
}
