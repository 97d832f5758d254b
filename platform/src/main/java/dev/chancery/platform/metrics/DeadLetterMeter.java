package dev.chancery.platform.metrics;

import io.micrometer.core.instrument.Metrics;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code chancery_dead_letters_total{topic,reason}}: records sent to a dead-letter topic, by the topic they came from
 * and the kind of failure (the exception's class, a small set, not its message). Static, because the batch readers
 * that dead-letter are not beans; Quarkus adds its registry to Micrometer's global one.
 */
public final class DeadLetterMeter {
    private DeadLetterMeter() {
    }

    /** Counts a message about to be nacked to its channel's dead-letter topic. */
    public static void count(Message<?> message, Throwable reason) {
        count(message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
                .orElse("unknown"), reason);
    }

    public static void count(String topic, Throwable reason) {
        Metrics.counter("chancery.dead.letters", "topic", topic, "reason", reasonOf(reason)).increment();
    }

    /** The failure's kind: the class of the exception, or of its cause when it only wraps one. */
    static String reasonOf(Throwable reason) {
        if (reason == null) {
            return "unknown";
        }
        Throwable kind = reason;
        while (kind.getCause() != null && (kind instanceof java.util.concurrent.CompletionException
                || kind instanceof java.util.concurrent.ExecutionException)) {
            kind = kind.getCause();
        }
        return kind.getClass().getSimpleName();
    }
}
