package dev.chancery.query.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every fact topic (group {@code query-projections}) into the projections, one polled batch at a time
 * (at most {@code max.poll.records}; see {@link LiveBatches}). The records are taken from the batch's messages,
 * which can be nacked one by one to the dead-letter topic.
 */
@ApplicationScoped
public class FactConsumers {
    private final LiveBatches batches;

    public FactConsumers(LiveBatches batches) {
        this.batches = batches;
    }

    @Incoming("articles")
    public Uni<Void> articles(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        return batches.apply(batch.getBatchedMessages());
    }

    @Incoming("claims")
    public Uni<Void> claims(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        return batches.apply(batch.getBatchedMessages());
    }

    @Incoming("verdicts")
    public Uni<Void> verdicts(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        return batches.apply(batch.getBatchedMessages());
    }
}
