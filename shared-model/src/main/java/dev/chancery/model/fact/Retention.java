package dev.chancery.model.fact;

import java.util.LinkedHashMap;
import java.util.Map;

/** How long a topic keeps its records and whether it is compacted, with the reason it is so. */
public record Retention(String cleanupPolicy, long retentionMs, long retentionBytes, String why) {
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    /**
     * Fact topics keep every record: the query projections rebuild by reading them from offset 0, and other teams
     * replay them. Never compacted, because a key carries many facts (every claim of an article, every revision of
     * an event) and compaction would keep only the last one, breaking the fold a reader makes over them.
     */
    public static final Retention FACTS = new Retention("delete", -1, -1,
            "the ledger: projections and other teams replay it from offset 0; a key has many facts, so no compaction");

    /** Raw submissions are not facts: once ingested, the ArticleIngested fact is the record; senders can resend. */
    public static final Retention SUBMISSIONS = new Retention("delete", 14 * DAY_MS, -1,
            "raw intake, not facts: the ArticleIngested fact is the record once ingested; a sender can resend");

    /** Dead letters wait for an operator, long enough to span holidays; the source record stays on its topic. */
    public static final Retention DEAD_LETTERS = new Retention("delete", 30 * DAY_MS, -1,
            "for an operator to read and replay; the source record stays on its own topic");

    /** The topic-level configuration every broker setup applies (Strimzi, docker-compose, embedded). */
    public Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("cleanup.policy", cleanupPolicy);
        config.put("retention.ms", Long.toString(retentionMs));
        config.put("retention.bytes", Long.toString(retentionBytes));
        return config;
    }
}
