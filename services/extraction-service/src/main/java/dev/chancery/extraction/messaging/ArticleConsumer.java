package dev.chancery.extraction.messaging;

import dev.chancery.extraction.service.ExtractionService;
import dev.chancery.extraction.service.Extractor;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.RecordBatch;
import dev.chancery.platform.kafka.UndecodableFactException;
import dev.chancery.platform.kafka.ConsumerGate;
import dev.chancery.platform.tracing.ConsumedSpans;
import dev.chancery.platform.tracing.FactTracing;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads ArticleIngested facts from {@code chancery.articles.v1}, a polled batch at a time, extracted and stored in
 * one transaction ({@link ExtractionService#extractAll}). A record that is not a readable article, or an article
 * that fails even alone, is sent to {@code chancery.articles.v1.dlq} with the reason ({@link RecordBatch}).
 */
@ApplicationScoped
public class ArticleConsumer {
    private final ExtractionService service;
    private final Extractor extractor;
    private final FactTracing tracing;
    private final ConsumerGate gate;

    public ArticleConsumer(ExtractionService service, Extractor extractor, FactTracing tracing, ConsumerGate gate) {
        this.service = service;
        this.extractor = extractor;
        this.tracing = tracing;
        this.gate = gate;
    }

    /** Extracts on a worker thread; the batch is acknowledged when the returned Uni completes. */
    @Incoming("articles")
    public Uni<Void> onArticles(ConsumerRecords<String, byte[]> records,
            IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        return gate.admitBlocking(() -> {
            try (ConsumedSpans spans = tracing.consumed(records)) {
                RecordBatch.read(batch, ArticleConsumer::decode).writeAll(ArticleConsumer::article,
                        articles -> service.extractAll(articles, extractor).replaceWithVoid(), gate);
            }
        });
    }

    private static FactEnvelope<FactPayload> decode(ConsumerRecord<String, byte[]> record) {
        FactEnvelope<FactPayload> fact = FactRecordCodec.decode(record);
        if (!(fact.payload() instanceof ArticleIngested)) {
            throw new UndecodableFactException("expected ArticleIngested on " + record.topic() + " but got "
                    + fact.type().typeName());
        }
        return fact;
    }

    @SuppressWarnings("unchecked")
    private static FactEnvelope<ArticleIngested> article(FactEnvelope<FactPayload> fact) {
        return (FactEnvelope<ArticleIngested>) (FactEnvelope<?>) fact;
    }
}
