package dev.chancery.model.fact;

import java.util.List;

/** Headers the SmallRye Kafka connector adds to a record it sends to {@code <topic>.dlq}, beside the original ones. */
public final class DeadLetterHeaders {
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    public static final String REASON = "dead-letter-reason";
    /** With the cause: present only when the exception had one. */
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    /** Every one of them, in the order the connector writes them. */
    public static final List<String> ALL = List.of(EXCEPTION_CLASS_NAME, REASON, CAUSE_CLASS_NAME, CAUSE, TOPIC,
            PARTITION, OFFSET);

    private DeadLetterHeaders() {
    }
}
