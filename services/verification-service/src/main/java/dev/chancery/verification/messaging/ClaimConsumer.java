package dev.chancery.verification.messaging;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.RecordBatch;
import dev.chancery.platform.kafka.UndecodableFactException;
import dev.chancery.platform.tracing.ConsumedSpans;
import dev.chancery.platform.tracing.FactTracing;
import dev.chancery.verification.service.VerificationService;
import dev.chancery.platform.kafka.ConsumerGate;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads ClaimExtracted and ArticleExtracted facts from {@code chancery.claims.v1} in batches (at most
 * {@code max.poll.records}), one batch at a time so that events are revised in a stable order, and applies each
 * batch in record order. A record that cannot be read, or whose fact cannot be applied, goes alone to
 * {@code chancery.claims.v1.dlq} with its reason; the rest of its batch is applied.
 */
@ApplicationScoped
public class ClaimConsumer {
    private final VerificationService service;
    private final FactTracing tracing;
    private final ConsumerGate gate;

    public ClaimConsumer(VerificationService service, FactTracing tracing, ConsumerGate gate) {
        this.service = service;
        this.tracing = tracing;
        this.gate = gate;
    }

    /**
     * The records are taken from the batch's messages ({@link RecordBatch}), which can be nacked one by one. The
     * batch is applied on a worker thread and acknowledged when the returned Uni completes.
     */
    @Incoming("claims")
    public Uni<Void> onClaims(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        return gate.admitBlocking(() -> {
            try (ConsumedSpans spans = tracing.consumed(records)) {
                RecordBatch read = RecordBatch.read(batch, ClaimConsumer::decode);
                service.applyAll(read.facts()).rejected().forEach(r -> read.deadLetter(r.index(), r.reason()));
            }
        });
    }

    private static FactEnvelope<FactPayload> decode(ConsumerRecord<String, byte[]> record) {
        FactEnvelope<FactPayload> fact = FactRecordCodec.decode(record);
        if (!(fact.payload() instanceof ClaimExtracted) && !(fact.payload() instanceof ArticleExtracted)) {
            throw new UndecodableFactException("expected ClaimExtracted or ArticleExtracted on " + record.topic()
                    + " but got " + fact.type().typeName());
        }
        if (fact.payload() instanceof ClaimExtracted c && (c.claimId() == null || c.type() == null)) {
            // a claim that says neither what it is nor which claim would be clustered into a nameless event
            throw new UndecodableFactException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is a ClaimExtracted without its claimId or type");
        }
        return fact;
    }
}
