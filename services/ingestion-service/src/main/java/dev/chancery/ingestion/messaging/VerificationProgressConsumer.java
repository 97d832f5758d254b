package dev.chancery.ingestion.messaging;

import dev.chancery.ingestion.repository.ArticleVerdict;
import dev.chancery.ingestion.repository.EventVerdict;
import dev.chancery.ingestion.repository.VerdictProgressWriter;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Standing;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.RecordBatch;
import dev.chancery.platform.kafka.UndecodableFactException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Follows {@code chancery.verdicts.v2} in batches: an EventVerified or VerdictRevised fact carries, as correlation
 * id, the article whose claim triggered it; that article's progress records the event's latest verdict. A batch is
 * one transaction; if it fails, each fact is tried alone and one that still fails goes to the dead-letter topic
 * ({@link RecordBatch#writeAll}).
 */
@ApplicationScoped
public class VerificationProgressConsumer {
    private static final Logger LOG = Logger.getLogger(VerificationProgressConsumer.class);

    private final VerdictProgressWriter writer;

    public VerificationProgressConsumer(VerdictProgressWriter writer) {
        this.writer = writer;
    }

    @Incoming("verdicts-progress")
    @Blocking
    public void onVerdicts(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        RecordBatch.read(batch, VerificationProgressConsumer::decode)
                .writeAll(VerificationProgressConsumer::verdict, writer::recordAll);
    }

    /** The verdict facts that name an article; null (skipped) for a fact without one. */
    private static FactEnvelope<FactPayload> decode(ConsumerRecord<String, byte[]> record) {
        FactEnvelope<FactPayload> fact = FactRecordCodec.decode(record);
        if (!(fact.payload() instanceof EventVerified) && !(fact.payload() instanceof VerdictRevised)) {
            throw new UndecodableFactException("expected EventVerified or VerdictRevised on " + record.topic()
                    + " but got " + fact.type().typeName());
        }
        if (fact.correlationId() == null) {
            LOG.debugf("verdict fact %s has no correlation id: no article to attribute it to", fact.factId());
            return null;
        }
        if (fact.recordedAt() == null) {
            fact = fact.stored(fact.streamVersion(), fact.position(), Instant.ofEpochMilli(record.timestamp()));
        }
        return fact;
    }

    private static ArticleVerdict verdict(FactEnvelope<FactPayload> fact) {
        EventVerdict verdict = fact.payload() instanceof EventVerified v
                ? new EventVerdict(v.eventId(), v.judgement() == null ? null : name(Standing.of(v.judgement())), 1,
                        fact.recordedAt())
                : verdictOf((VerdictRevised) fact.payload(), fact.recordedAt());
        return new ArticleVerdict(fact.correlationId(), verdict, fact.factId());
    }

    private static EventVerdict verdictOf(VerdictRevised v, Instant at) {
        return new EventVerdict(v.eventId(), name(v.standing()), v.revision(), at);
    }

    private static String name(Standing standing) {
        return standing == null || standing.verdict() == null ? null : standing.verdict().name();
    }
}
