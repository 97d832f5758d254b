package dev.chancery.platform.kafka;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.metrics.DeadLetterMeter;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The records of one polled batch as facts, each beside the message it came in, so that a record can be sent alone
 * to the dead-letter topic (with the {@code dead-letter-queue} failure strategy, nacking the whole batch would send
 * every record there). A record the reader refuses is dead-lettered at once.
 */
public final class RecordBatch {
    private static final Logger LOG = Logger.getLogger(RecordBatch.class);
    private final List<Message<?>> messages = new ArrayList<>();
    private final List<FactEnvelope<FactPayload>> facts = new ArrayList<>();

    private RecordBatch() {
    }

    /**
     * Reads each record with {@code reader}: a fact to keep, null to skip the record, or an exception (any
     * {@link RuntimeException}) to dead-letter it with that reason.
     */
    public static RecordBatch read(IncomingKafkaRecordBatchMetadata<String, byte[]> batch,
            Function<ConsumerRecord<String, byte[]>, FactEnvelope<FactPayload>> reader) {
        RecordBatch out = new RecordBatch();
        for (Message<?> message : batch.getBatchedMessages()) {
            try {
                FactEnvelope<FactPayload> fact = reader.apply(record(message));
                if (fact != null) {
                    out.messages.add(message);
                    out.facts.add(fact);
                }
            } catch (RuntimeException e) {
                deadLetter(message, e);
            }
        }
        return out;
    }

    public List<FactEnvelope<FactPayload>> facts() {
        return facts;
    }

    /**
     * Writes the kept facts, as {@code rows} of them, with one call of {@code write} (one transaction); if that fails,
     * each fact alone, and a fact that still fails goes to the dead-letter topic with the reason, so that one poison
     * record neither stops the batch nor takes the others with it. A write that fails because the database is out of
     * reach is tried again through {@code gate} and never dead-letters anything.
     */
    public <T> void writeAll(Function<FactEnvelope<FactPayload>, T> rows, Function<List<T>, Uni<Void>> write,
            ConsumerGate gate) {
        List<T> all = facts.stream().map(rows).toList();
        try {
            gate.throughOutage(() -> write.apply(all).await().indefinitely());
        } catch (ConsumerGate.Stopped stopped) {
            throw stopped;
        } catch (RuntimeException batchFailed) {
            LOG.warnf(batchFailed, "a batch of %d facts failed; writing them one by one", all.size());
            for (int i = 0; i < all.size(); i++) {
                T row = all.get(i);
                try {
                    gate.throughOutage(() -> write.apply(List.of(row)).await().indefinitely());
                } catch (ConsumerGate.Stopped stopped) {
                    throw stopped;
                } catch (RuntimeException e) {
                    deadLetter(i, e);
                }
            }
        }
    }

    /** Sends the record of the {@code index}-th kept fact to the dead-letter topic with {@code reason}. */
    public void deadLetter(int index, Throwable reason) {
        deadLetter(messages.get(index), reason);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> record(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka record")).getRecord();
    }

    // the failure strategy sends the record with the reason, then acknowledges it
    private static void deadLetter(Message<?> message, Throwable reason) {
        DeadLetterMeter.count(message, reason);
        message.nack(reason).toCompletableFuture().join();
    }
}
