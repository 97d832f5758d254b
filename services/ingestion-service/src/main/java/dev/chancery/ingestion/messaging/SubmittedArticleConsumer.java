package dev.chancery.ingestion.messaging;

import dev.chancery.ingestion.service.ArticleIntake;
import dev.chancery.ingestion.service.ArticleRejectedException;
import dev.chancery.ingestion.service.SubmissionParser;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.ConsumerGate;
import dev.chancery.platform.metrics.DeadLetterMeter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Ingests articles other teams publish on {@code chancery.articles.submitted.v1}, with the same validation and
 * de-duplication as REST. An invalid record fails and goes to {@code chancery.articles.submitted.v1.dlq} with the
 * violations as {@code dead-letter-reason}. A database outage is waited out ({@link ConsumerGate}) and another store
 * failure is retried first, so neither dead-letters a good article.
 */
@ApplicationScoped
public class SubmittedArticleConsumer {
    private final ArticleIntake intake;
    private final ConsumerGate gate;

    public SubmittedArticleConsumer(ArticleIntake intake, ConsumerGate gate) {
        this.intake = intake;
        this.gate = gate;
    }

    @Incoming("articles-submitted")
    public Uni<Void> consume(String json) {
        return gate.admit(() -> Uni.createFrom()
                .item(() -> SubmissionParser.parse(json == null ? null : json.getBytes(StandardCharsets.UTF_8)))
                .chain(submission -> gate.throughOutageAsync(() -> intake.submit(submission, "kafka"))
                        .onFailure(f -> !(f instanceof ArticleRejectedException) && !(f instanceof ConsumerGate.Stopped))
                        .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5))
                .onFailure(e -> !(e instanceof ConsumerGate.Stopped))
                .invoke(e -> DeadLetterMeter.count(Topics.ARTICLES_SUBMITTED, e))
                .replaceWithVoid());
    }
}
