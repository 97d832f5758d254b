package dev.chancery.ingestion.messaging;

import dev.chancery.ingestion.repository.EventVerdict;
import dev.chancery.ingestion.repository.ProgressRepository;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.kafka.FactRecordCodec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Follows {@code chancery.verdicts.v1}: an EventVerified or VerdictRevised fact carries, as correlation id, the
 * article whose claim triggered it; that article's progress records the event's latest verdict.
 */
@ApplicationScoped
public class VerificationProgressConsumer {
    private static final Logger LOG = Logger.getLogger(VerificationProgressConsumer.class);

    private final IdempotentConsumer consumer;
    private final ProgressRepository progress;

    public VerificationProgressConsumer(IdempotentConsumer consumer, ProgressRepository progress) {
        this.consumer = consumer;
        this.progress = progress;
    }

    @Incoming("verdicts-progress")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        // deferred: a record that fails to decode must fail the Uni (and reach the DLQ), not the caller
        return Uni.createFrom().deferred(() -> apply(record));
    }

    private Uni<Void> apply(ConsumerRecord<String, byte[]> record) {
        FactEnvelope<FactPayload> fact = FactRecordCodec.decode(record);
        if (fact.correlationId() == null) {
            LOG.debugf("verdict fact %s has no correlation id: no article to attribute it to", fact.factId());
            return Uni.createFrom().voidItem();
        }
        Instant at = fact.recordedAt() != null ? fact.recordedAt() : Instant.ofEpochMilli(record.timestamp());
        EventVerdict verdict;
        if (fact.payload() instanceof EventVerified v) {
            verdict = new EventVerdict(v.eventId(), verdictOf(v.judgement()), 1, at);
        } else if (fact.payload() instanceof VerdictRevised v) {
            verdict = new EventVerdict(v.eventId(), verdictOf(v.judgement()), v.revision(), at);
        } else {
            return Uni.createFrom().voidItem();
        }
        return consumer.process(ExtractionProgressConsumer.CONSUMER, fact.factId(),
                conn -> progress.recordVerdict(conn, fact.correlationId(), verdict, fact.factId())).replaceWithVoid();
    }

    private static String verdictOf(Judgement judgement) {
        return judgement == null || judgement.verdict() == null ? null : judgement.verdict().name();
    }
}
