package dev.chancery.ingestion.service;

import dev.chancery.ingestion.repository.ArticleListing;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.store.DuplicateFactException;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import dev.chancery.platform.store.WrongExpectedVersionException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Turns a submission into exactly one ArticleIngested fact. The article id is the fact id, the stream id and the
 * correlation id; the append expects no stream, so a repeat, a Kafka replay or a concurrent twin loses the race
 * and is answered with the existing id. The listing's row is written in the same transaction. The outbox relay
 * publishes the fact.
 */
@ApplicationScoped
public class ArticleIntake {
    private final ArticleValidator validator;
    private final Pool pool;
    private final FactStore store;
    private final ArticleListing listing;
    private final MeterRegistry meters;

    public ArticleIntake(ArticleValidator validator, Pool pool, FactStore store, ArticleListing listing,
            MeterRegistry meters) {
        this.validator = validator;
        this.pool = pool;
        this.store = store;
        this.listing = listing;
        this.meters = meters;
    }

    /** Fails with {@link ArticleRejectedException} for an invalid article, with the store's error otherwise. */
    public Uni<IntakeResult> submit(ArticleSubmission submission, String channel) {
        return Uni.createFrom().item(() -> validator.validate(submission))
                .onFailure(ArticleRejectedException.class).invoke(() -> count(channel, "rejected"))
                .chain(article -> append(article)
                        .invoke(result -> count(channel, result.created() ? "accepted" : "duplicate")));
    }

    private Uni<IntakeResult> append(ArticleIngested article) {
        UUID id = UUID.fromString(article.articleId());
        FactEnvelope<ArticleIngested> fact = FactEnvelope.of(id, article, id, null, null, article.publishedAt());
        return pool.withTransaction(conn -> store.append(conn, article.articleId(), ExpectedVersion.noStream(),
                        List.of(fact)).call(stored -> listing.add(conn, stored.get(0))))
                .map(stored -> new IntakeResult(id, true))
                .onFailure(f -> f instanceof WrongExpectedVersionException || f instanceof DuplicateFactException)
                .recoverWithItem(new IntakeResult(id, false));
    }

    private void count(String channel, String outcome) {
        meters.counter("chancery.ingestion.articles", "channel", channel, "outcome", outcome).increment();
    }
}
