package dev.chancery.extraction.messaging;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.testsupport.TopicProbe;
import dev.chancery.extraction.service.ExtractionService;
import dev.chancery.extraction.service.Extractor;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import dev.chancery.platform.store.FactStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles published on the real broker come back as claim facts; redelivery and re-extraction behave. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ExtractionPipelineTest {
    private static final String BODY = "President Kassym-Jomart Tokayev held a telephone conversation with U.S. "
            + "President Donald Trump on Dec. 23, the Akorda press service reported. During the call, Tokayev invited "
            + "Trump to visit Kazakhstan.";
    private final TopicProbe topics = TestInfrastructure.get().topics();
    @Inject
    ExtractionService service;
    @Inject
    Extractor extractor;
    @Inject
    FactStore store;

    @Test
    void anArticleBecomesClaimsAndOneArticleExtractedEvenWhenDeliveredTwice() {
        FactEnvelope<ArticleIngested> article = article();
        topics.send(FactRecordCodec.encode(article, Topics.ARTICLES, article.streamId()));
        topics.send(FactRecordCodec.encode(article, Topics.ARTICLES, article.streamId()));

        List<FactEnvelope<FactPayload>> facts = claimsOf(article.streamId(), 100, Duration.ofSeconds(20));
        List<ClaimExtracted> claims = facts.stream().map(FactEnvelope::payload)
                .filter(ClaimExtracted.class::isInstance).map(ClaimExtracted.class::cast).toList();
        List<ArticleExtracted> done = facts.stream().map(FactEnvelope::payload)
                .filter(ArticleExtracted.class::isInstance).map(ArticleExtracted.class::cast).toList();
        assertThat(done).hasSize(1);
        assertThat(done.get(0).claimCount()).isEqualTo(claims.size());
        assertThat(claims).extracting(ClaimExtracted::type).contains(ClaimType.PHONE_CALL, ClaimType.INVITATION);
        assertThat(facts).allMatch(f -> article.factId().equals(f.correlationId()));
    }

    @Test
    void aBurstIsExtractedInBatchesAndOnlyTheArticleThatFailsAloneIsDeadLettered() {
        List<FactEnvelope<ArticleIngested>> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(article());
        }
        // the same article again under a new fact id: its claims' deterministic ids are taken, so it fails alone
        FactEnvelope<ArticleIngested> twin = burst.get(7);
        UUID twinFact = UUID.randomUUID();
        FactEnvelope<ArticleIngested> again = FactEnvelope.of(twinFact, twin.payload(), twinFact, null, null,
                twin.payload().publishedAt()).stored(2, 2, Instant.now()).producedBy("ingestion-test/0");
        for (int i = 0; i < burst.size(); i++) {
            topics.send(FactRecordCodec.encode(burst.get(i), Topics.ARTICLES, burst.get(i).streamId()));
            if (i == 20) {
                // the twin's key: the same partition, so it comes after the article it repeats
                topics.send(FactRecordCodec.encode(again, Topics.ARTICLES, twin.streamId()));
            }
        }

        var keys = burst.stream().map(FactEnvelope::streamId).collect(java.util.stream.Collectors.toSet());
        int perArticle = extractor.extract(twin.payload()).size() + 1; // the same text: its claims, ArticleExtracted
        var closing = topics.read(Topics.CLAIMS, r -> keys.contains(r.key()), burst.size() * perArticle,
                        Duration.ofSeconds(60)).stream()
                .map(FactRecordCodec::decode).filter(f -> f.payload() instanceof ArticleExtracted).toList();
        assertThat(closing).extracting(FactEnvelope::streamId).containsExactlyInAnyOrderElementsOf(keys);
        var dead = topics.read(Topics.deadLetter(Topics.ARTICLES), r -> twin.streamId().equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), CloudEventHeaders.ID)).isEqualTo(twinFact.toString());
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("is already stored");
        assertThat(store.readStream(twin.streamId()).await().indefinitely()).filteredOn(f -> f.payload()
                instanceof ArticleExtracted).hasSize(1);
    }

    @Test
    void aNewExtractorVersionAddsClaimsThatSupersedeTheOldOnesWhichStay() {
        FactEnvelope<ArticleIngested> article = article();
        var first = service.extract(article, extractor).await().indefinitely();
        var again = service.extract(article, extractor).await().indefinitely();
        var second = service.extract(article, new Extractor() {
            public String version() {
                return "rules-next";
            }

            public List<ClaimExtracted> extract(ArticleIngested a) {
                return extractor.extract(a).stream().map(c -> new ClaimExtracted(c.claimId() + "-next", c.articleId(),
                        "rules-next", c.type(), c.plover(), c.cameo(), c.actors(), c.gathering(), c.date(),
                        c.modality(), c.attribution(), c.evidence(), c.deniedType(), c.source())).toList();
            }
        }).await().indefinitely();

        assertThat(again).isEmpty();
        ArticleExtracted closing = (ArticleExtracted) second.get(second.size() - 1).payload();
        assertThat(closing.supersedes()).isEqualTo(extractor.version());
        assertThat(store.readStream(article.streamId()).await().indefinitely())
                .hasSize(first.size() + second.size());
    }

    @Test
    void aRecordThatIsNotAnArticleGoesToTheDeadLetterTopicWithTheReason() {
        String key = "not-an-article-" + UUID.randomUUID();
        topics.send(Topics.ARTICLES, key, "plain text, no headers");
        var dead = topics.read(Topics.deadLetter(Topics.ARTICLES), r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("ce_type");
    }

    private List<FactEnvelope<FactPayload>> claimsOf(String articleId, int atMost, Duration wait) {
        return topics.read(Topics.CLAIMS, r -> articleId.equals(r.key()), atMost, wait).stream()
                .map(FactRecordCodec::decode).toList();
    }

    /** A fresh article (own words) whose text yields a phone call and an invitation. */
    static FactEnvelope<ArticleIngested> article() {
        String id = UUID.randomUUID().toString();
        var payload = new ArticleIngested(id, "https://example.org/" + id, "https://example.org/" + id,
                "Steppe Courier", OutletKind.NEWSPAPER, null, Instant.parse("2025-12-24T07:30:00Z"), "en",
                "Leaders talk", BODY, null, "ALMATY", null);
        return FactEnvelope.of(UUID.fromString(id), payload, UUID.fromString(id), null, null, payload.publishedAt())
                .stored(1, 1, Instant.now()).producedBy("ingestion-test/0");
    }
}
