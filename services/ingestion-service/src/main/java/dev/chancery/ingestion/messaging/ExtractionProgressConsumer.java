package dev.chancery.ingestion.messaging;

import dev.chancery.ingestion.repository.Extraction;
import dev.chancery.ingestion.repository.ProgressRepository;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.UndecodableFactException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.UUID;

/**
 * Follows {@code chancery.claims.v1}: each ArticleExtracted fact records the claim count and extractor version
 * of its article. ClaimExtracted facts are skipped without decoding; an unreadable record is dead-lettered.
 */
@ApplicationScoped
public class ExtractionProgressConsumer {
    private final IdempotentConsumer consumer;
    private final ProgressRepository progress;

    public ExtractionProgressConsumer(IdempotentConsumer consumer, ProgressRepository progress) {
        this.consumer = consumer;
        this.progress = progress;
    }

    @Incoming("claims-progress")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        // deferred: a record that fails to decode must fail the Uni (and reach the DLQ), not the caller
        return Uni.createFrom().deferred(() -> apply(record));
    }

    private Uni<Void> apply(ConsumerRecord<String, byte[]> record) {
        String type = RecordHeaders.text(record, CloudEventHeaders.TYPE);
        if (type == null) {
            return Uni.createFrom().failure(new UndecodableFactException("header " + CloudEventHeaders.TYPE + " is missing"));
        }
        if (FactType.named(type) != FactType.ARTICLE_EXTRACTED) {
            return Uni.createFrom().voidItem();
        }
        FactEnvelope<FactPayload> fact = FactRecordCodec.decode(record);
        ArticleExtracted extracted = (ArticleExtracted) fact.payload();
        UUID articleId = UUID.fromString(extracted.articleId());
        Instant at = fact.recordedAt() != null ? fact.recordedAt() : Instant.ofEpochMilli(record.timestamp());
        Extraction extraction = new Extraction(extracted.claimCount(), extracted.extractorVersion(), at);
        return consumer.process(ProgressRepository.CONSUMER, fact.factId(),
                conn -> progress.recordExtraction(conn, articleId, extraction, fact.factId())).replaceWithVoid();
    }
}
