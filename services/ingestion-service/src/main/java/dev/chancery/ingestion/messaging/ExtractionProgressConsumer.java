package dev.chancery.ingestion.messaging;

import dev.chancery.ingestion.repository.ArticleExtraction;
import dev.chancery.ingestion.repository.Extraction;
import dev.chancery.ingestion.repository.ExtractionProgressWriter;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.RecordBatch;
import dev.chancery.platform.kafka.UndecodableFactException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.UUID;

/**
 * Follows {@code chancery.claims.v1} in batches: each ArticleExtracted fact records the claim count and extractor
 * version of its article, a polled batch per transaction. ClaimExtracted facts are skipped without decoding; an
 * unreadable record, or one that fails even alone, is dead-lettered ({@link RecordBatch#writeAll}).
 */
@ApplicationScoped
public class ExtractionProgressConsumer {
    private final ExtractionProgressWriter writer;

    public ExtractionProgressConsumer(ExtractionProgressWriter writer) {
        this.writer = writer;
    }

    @Incoming("claims-progress")
    @Blocking
    public void onClaims(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        RecordBatch.read(batch, ExtractionProgressConsumer::decode)
                .writeAll(ExtractionProgressConsumer::extraction, writer::recordAll);
    }

    /** The ArticleExtracted facts; null (skipped) for any other fact type. */
    private static FactEnvelope<FactPayload> decode(ConsumerRecord<String, byte[]> record) {
        String type = RecordHeaders.text(record, CloudEventHeaders.TYPE);
        if (type == null) {
            throw new UndecodableFactException("header " + CloudEventHeaders.TYPE + " is missing");
        }
        if (FactType.named(type) != FactType.ARTICLE_EXTRACTED) {
            return null;
        }
        FactEnvelope<FactPayload> fact = FactRecordCodec.decode(record);
        if (fact.recordedAt() == null) {
            fact = fact.stored(fact.streamVersion(), fact.position(), Instant.ofEpochMilli(record.timestamp()));
        }
        return fact;
    }

    private static ArticleExtraction extraction(FactEnvelope<FactPayload> fact) {
        ArticleExtracted extracted = (ArticleExtracted) fact.payload();
        return new ArticleExtraction(UUID.fromString(extracted.articleId()),
                new Extraction(extracted.claimCount(), extracted.extractorVersion(), fact.recordedAt()), fact.factId());
    }
}
