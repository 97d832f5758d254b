package dev.chancery.model.fact;

import java.util.List;

/** Headers the SmallRye Kafka connector adds to a record it sends to {@code <topic>.dlq}, beside the original ones. */
public final class DeadLetterHeaders {
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    /** Every one of them, in the order the docs list them. */
    public static final List<String> ALL = List.of(REASON, CAUSE, TOPIC, PARTITION, OFFSET);

    private DeadLetterHeaders() {
    }
}
