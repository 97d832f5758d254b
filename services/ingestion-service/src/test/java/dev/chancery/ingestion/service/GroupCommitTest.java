package dev.chancery.ingestion.service;

import dev.chancery.ingestion.Fixtures;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.outbox.OutboxRelay;
import dev.chancery.platform.store.FactStore;
import dev.chancery.testsupport.TestInfrastructureResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles submitted together share transactions, and each submitter still gets its own answer. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class GroupCommitTest {
    @Inject
    GroupCommit commits;
    @Inject
    ArticleValidator validator;
    @Inject
    FactStore store;
    @Inject
    MeterRegistry registry;
    @Inject
    OutboxRelay relay;
    @Inject
    BatchIntake batches;

    @Test
    void articlesSubmittedAtOnceAreAppendedInFewerTransactionsThanArticles() {
        List<FactEnvelope<ArticleIngested>> facts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            facts.add(fact());
        }
        List<Boolean> created;
        double transactions;
        relay.stop(); // its rounds are transactions of this service too
        try {
            double before = committed();
            created = Uni.join().all(facts.stream().map(commits::append).toList()).andFailFast()
                    .await().atMost(Duration.ofSeconds(30));
            transactions = committed() - before;
        } finally {
            relay.start();
        }

        assertThat(created).hasSize(40).containsOnly(true);
        facts.forEach(f -> assertThat(store.readStream(f.streamId()).await().indefinitely()).hasSize(1));
        System.out.printf("40 articles submitted at once: %.0f transactions%n", transactions);
        // the first goes alone at once, the others wait for it and go together (at most 32 per transaction)
        assertThat(transactions).isGreaterThanOrEqualTo(2).isLessThan(10);
    }

    @Test
    void aRepeatInAGroupIsAnsweredAsARepeatAndTheOthersAreAppended() {
        FactEnvelope<ArticleIngested> first = fact();
        assertThat(commits.append(first).await().atMost(Duration.ofSeconds(10))).isTrue();
        List<FactEnvelope<ArticleIngested>> group = new ArrayList<>(List.of(fact(), fact(), first, fact()));

        List<Boolean> created = Uni.join().all(group.stream().map(commits::append).toList()).andFailFast()
                .await().atMost(Duration.ofSeconds(30));

        assertThat(created).containsExactly(true, true, false, true);
        group.forEach(f -> assertThat(store.readStream(f.streamId()).await().indefinitely()).hasSize(1));
    }

    private FactEnvelope<ArticleIngested> fact() {
        ArticleIngested article = validator.validate(SubmissionParser.parse(
                Fixtures.json(Fixtures.article()).getBytes(StandardCharsets.UTF_8)));
        UUID id = UUID.fromString(article.articleId());
        return FactEnvelope.of(id, article, id, null, null, article.publishedAt());
    }

    private double committed() {
        return registry.counter("chancery.store.transactions", "outcome", "commit").count();
    }

    @Test
    void theLinesOfABatchShareTransactionsAndKeepTheirOrder() {
        StringBuilder body = new StringBuilder();
        Map<String, Object> twin = Fixtures.article();
        for (int i = 0; i < 64; i++) {
            body.append(Fixtures.json(i == 10 || i == 11 ? twin : Fixtures.article())).append('\n');
        }
        body.append("{not json}\n");
        BatchReport report;
        double transactions;
        relay.stop();
        try {
            double before = committed();
            report = batches.ingest(new ByteArrayInputStream(body.toString().getBytes(StandardCharsets.UTF_8)));
            transactions = committed() - before;
        } finally {
            relay.start();
        }

        assertThat(report.results()).extracting(BatchLineResult::line)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 65).boxed().toList());
        assertThat(report.accepted()).isEqualTo(63);
        // of two twins in one group, the first line is the one kept
        assertThat(report.results().get(10).status()).isEqualTo(BatchLineResult.Status.accepted);
        assertThat(report.results().get(11).status()).isEqualTo(BatchLineResult.Status.duplicate);
        assertThat(report.results().get(11).id()).isEqualTo(report.results().get(10).id());
        assertThat(report.results().get(64).status()).isEqualTo(BatchLineResult.Status.rejected);
        System.out.printf("a batch of 64 articles: %.0f transactions%n", transactions);
        assertThat(transactions).isLessThan(64);
    }
}
