package dev.chancery.query.messaging;

import dev.chancery.platform.tracing.ConsumedSpans;
import dev.chancery.platform.tracing.FactTracing;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes every fact topic (group {@code query-projections}) into the projections, one polled batch at a time
 * (at most {@code max.poll.records}; see {@link LiveBatches}). The records are taken from the batch's messages,
 * which can be nacked one by one to the dead-letter topic. Each record gets a span under the trace it carries, and
 * its publish-to-projection delay is measured ({@link ProjectionFreshness}).
 */
@ApplicationScoped
public class FactConsumers {
    private final LiveBatches batches;
    private final FactTracing tracing;
    private final ProjectionFreshness freshness;

    public FactConsumers(LiveBatches batches, FactTracing tracing, ProjectionFreshness freshness) {
        this.batches = batches;
        this.tracing = tracing;
        this.freshness = freshness;
    }

    @Incoming("articles")
    public Uni<Void> articles(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        return project(records, batch);
    }

    @Incoming("claims")
    public Uni<Void> claims(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        return project(records, batch);
    }

    @Incoming("verdicts")
    public Uni<Void> verdicts(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        return project(records, batch);
    }

    private Uni<Void> project(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        ConsumedSpans spans = tracing.consumed(records);
        return batches.apply(batch.getBatchedMessages())
                .invoke(() -> freshness.projected(records, System.currentTimeMillis()))
                .onTermination().invoke(spans::close);
    }
}
