package dev.chancery.ingestion.service;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Turns a submission into exactly one ArticleIngested fact. The article id is the fact id, the stream id and the
 * correlation id; the append expects no stream, so a repeat, a Kafka replay or a concurrent twin loses the race
 * and is answered with the existing id. The listing's row is written in the same transaction ({@link GroupCommit},
 * which shares a transaction among articles submitted together). The outbox relay publishes the fact.
 */
@ApplicationScoped
public class ArticleIntake {
    private final ArticleValidator validator;
    private final GroupCommit commits;
    private final MeterRegistry meters;

    public ArticleIntake(ArticleValidator validator, GroupCommit commits, MeterRegistry meters) {
        this.validator = validator;
        this.commits = commits;
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
        return commits.append(fact).map(created -> new IntakeResult(id, created));
    }

    private void count(String channel, String outcome) {
        meters.counter("chancery.ingestion.articles", "channel", channel, "outcome", outcome).increment();
    }
}
