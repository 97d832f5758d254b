package dev.chancery.ingestion.service;

import dev.chancery.ingestion.config.IngestionConfig;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch limits, with small values and an intake that stores nothing. */
class BatchIntakeTest {
    private static final String LINE = "{\"outlet\": \"Example Wire\", \"outletKind\": \"WIRE\", \"publishedAt\": "
            + "\"2026-01-10T08:00:00Z\", \"language\": \"en\", \"title\": \"Talks resume\", \"body\": \"Talks resumed %d.\"}";

    @Test
    void stopsAfterTheLineLimitAndSaysWhere() {
        BatchReport report = batch(3, 10_000).ingest(lines(5));
        assertThat(report.results()).extracting(BatchLineResult::status).containsExactly(
                BatchLineResult.Status.accepted, BatchLineResult.Status.accepted, BatchLineResult.Status.accepted,
                BatchLineResult.Status.rejected);
        assertThat(report.results().get(3).line()).isEqualTo(4);
        assertThat(report.results().get(3).problem().type().toString()).endsWith("/batch-too-large");
        assertThat(report.complete()).isFalse();
    }

    @Test
    void stopsAtTheByteLimit() {
        BatchReport report = batch(100, 300).ingest(lines(50));
        assertThat(report.complete()).isFalse();
        assertThat(report.accepted()).isLessThan(50);
        assertThat(report.results().get(report.results().size() - 1).problem().status()).isEqualTo(413);
    }

    @Test
    void withinTheLimitsEveryLineIsAnswered() {
        BatchReport report = batch(5, 10_000).ingest(lines(5));
        assertThat(report.complete()).isTrue();
        assertThat(report.accepted()).isEqualTo(5);
        assertThat(report.results()).extracting(BatchLineResult::line).containsExactly(1, 2, 3, 4, 5);
    }

    private static ByteArrayInputStream lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(String.format(LINE, i)).append('\n');
        }
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static BatchIntake batch(int maxLines, long maxBytes) {
        ArticleValidator validator = new ArticleValidator(ArticleLimits.defaults(), new UrlNormaliser(), Clock.systemUTC());
        ArticleIntake accepting = new ArticleIntake(validator, null, null) {
            @Override
            public Uni<IntakeResult> submit(ArticleSubmission submission, String channel) {
                validator.validate(submission);
                return Uni.createFrom().item(new IntakeResult(UUID.randomUUID(), true));
            }
        };
        return new BatchIntake(accepting, new IngestionConfig() {
            public int maxArticleBodyBytes() { return 204_800; }
            public int maxRequestBytes() { return 262_144; }
            public int maxBatchLines() { return maxLines; }
            public long maxBatchBytes() { return maxBytes; }
            public Duration maxFutureSkew() { return Duration.ofDays(1); }
            public Set<String> languages() { return Set.of("en"); }
        });
    }
}
