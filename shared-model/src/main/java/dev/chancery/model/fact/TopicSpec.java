package dev.chancery.model.fact;

import java.util.List;

/**
 * One topic as a product: its name, what its records are keyed by, how many partitions it has (the bound on a
 * consumer group's parallelism), the fact types it carries (none for raw submissions and dead letters) and its
 * retention.
 */
public record TopicSpec(String name, String key, int partitions, List<FactType> payloads, Retention retention) {
    public TopicSpec {
        payloads = List.copyOf(payloads);
    }

    public boolean isDeadLetter() {
        return name.endsWith(Topics.DLQ_SUFFIX);
    }

    /** The dead-letter twin: one partition (a trickle read by people), same key, dead-letter retention. */
    public TopicSpec deadLetter() {
        return new TopicSpec(Topics.deadLetter(name), key + " (as the source record)", 1, List.of(),
                Retention.DEAD_LETTERS);
    }
}
