package dev.chancery.extraction.messaging;

import dev.chancery.extraction.service.ExtractionService;
import dev.chancery.extraction.service.Extractor;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.kafka.UndecodableFactException;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads ArticleIngested facts from {@code chancery.articles.v1}. A record that is not a readable article fails,
 * and the connector sends it to {@code chancery.articles.v1.dlq} with the reason.
 */
@ApplicationScoped
public class ArticleConsumer {
    private final ExtractionService service;
    private final Extractor extractor;

    public ArticleConsumer(ExtractionService service, Extractor extractor) {
        this.service = service;
        this.extractor = extractor;
    }

    @Incoming("articles")
    @io.smallrye.reactive.messaging.annotations.Blocking(ordered = false)
    public void onArticle(ConsumerRecord<String, byte[]> record) {
        FactEnvelope<?> fact = FactRecordCodec.decode(record);
        if (!(fact.payload() instanceof ArticleIngested)) {
            throw new UndecodableFactException("expected ArticleIngested on " + record.topic() + " but got "
                    + fact.type().typeName());
        }
        @SuppressWarnings("unchecked")
        FactEnvelope<ArticleIngested> article = (FactEnvelope<ArticleIngested>) fact;
        service.extract(article, extractor).await().indefinitely();
    }
}
