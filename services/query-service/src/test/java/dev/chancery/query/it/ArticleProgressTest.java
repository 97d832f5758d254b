package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.chancery.query.it.Api.await;
import static dev.chancery.query.it.Api.reader;
import static dev.chancery.query.it.TestFacts.actor;
import static dev.chancery.query.it.TestFacts.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An article's progress, read from what the query projects of chancery.articles.v1, claims.v1 and verdicts.v2:
 * INGESTED, then EXTRACTED, then VERIFIED with the latest revision of each event its claims triggered, at any asOf.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ArticleProgressTest {
    static final Instant INGESTED_AT = Instant.parse("2026-02-02T09:00:00Z");
    static final Instant EXTRACTED_AT = Instant.parse("2026-02-02T09:00:05Z");
    static final Instant VERIFIED_AT = Instant.parse("2026-02-02T09:00:09Z");
    static final Instant REVISED_AT = Instant.parse("2026-02-02T11:30:00Z");

    @Test
    void anArticleMovesFromIngestedToExtractedToVerified() {
        UUID article = UUID.randomUUID();
        String articleId = article.toString();
        String eventId = unique("ev-progress");
        String claimId = unique("c-progress");
        List<ActorRef> actors = List.of(actor("KAZ", ActorRole.PARTICIPANT, "KAZ"),
                actor("FRA", ActorRole.PARTICIPANT, "FRA"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.MEETING, actors, null, TestFacts.day("2026-02-01"));
        Judgement reported = TestFacts.judgement(Verdict.REPORTED, null, List.of(claimId), List.of());
        Judgement confirmed = TestFacts.judgement(Verdict.CONFIRMED, null, List.of(claimId), List.of());

        publish(TestFacts.article(articleId, "Example Daily", INGESTED_AT.minusSeconds(600)), INGESTED_AT, article);
        await("the article", () -> progress(articleId, null).statusCode() == 200);
        reader().get("/api/v1/articles/{id}/progress", articleId).then().statusCode(200)
                .body("articleId", equalTo(articleId)).body("stage", equalTo("INGESTED"))
                .body("ingestedAt", equalTo(INGESTED_AT.toString())).body("extracted", nullValue())
                .body("verified", empty());

        publish(new ArticleExtracted(articleId, "rules-2", 1, List.of(claimId), null), EXTRACTED_AT, article);
        publish(TestFacts.verified(eventId, event, reported), VERIFIED_AT, article);
        publish(TestFacts.revised(eventId, 2, event, reported, confirmed), REVISED_AT, article);
        // a verdict on the same event triggered by another article's claim is that article's progress
        publish(TestFacts.revised(eventId, 3, event, confirmed, confirmed), REVISED_AT.plusSeconds(60),
                UUID.randomUUID());
        // extractions and verdicts come on different topics, in either order
        await("the extraction and the revision", () -> {
            var now = progress(articleId, null).jsonPath();
            return now.get("extracted") != null && Integer.valueOf(2).equals(now.get("verified[0].revision"));
        });

        reader().get("/api/v1/articles/{id}/progress", articleId).then().statusCode(200)
                .body("stage", equalTo("VERIFIED")).body("extracted.claimCount", equalTo(1))
                .body("extracted.extractorVersion", equalTo("rules-2"))
                .body("extracted.at", equalTo(EXTRACTED_AT.toString()))
                .body("verified.eventId", contains(eventId)).body("verified[0].verdict", equalTo("CONFIRMED"))
                .body("verified[0].at", equalTo(REVISED_AT.toString()));
        progress(articleId, VERIFIED_AT.minusMillis(1).toString()).then().statusCode(200)
                .body("stage", equalTo("EXTRACTED")).body("verified", empty());
        progress(articleId, VERIFIED_AT.toString()).then().statusCode(200).body("stage", equalTo("VERIFIED"))
                .body("verified[0].revision", equalTo(1)).body("verified[0].verdict", equalTo("REPORTED"));
    }

    @Test
    void anArticleWhoseClaimJoinedAnEventIsVerifiedThoughTheVerdictNamesAnotherArticle() {
        // verification publishes one verdict per event and run, naming the last claim that changed the judgement:
        // here another article's claim, while this article's claim is among the event's claims
        UUID article = UUID.randomUUID();
        String articleId = article.toString();
        String eventId = unique("ev-joined");
        String claimId = unique("c-joined");
        String otherClaim = unique("c-other");
        List<ActorRef> actors = List.of(actor("KAZ", ActorRole.PARTICIPANT, "KAZ"),
                actor("UZB", ActorRole.PARTICIPANT, "UZB"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.MEETING, actors, null, TestFacts.day("2026-02-03"));
        Judgement both = TestFacts.judgement(Verdict.CORROBORATED, null, List.of(claimId, otherClaim), List.of());

        publish(TestFacts.article(articleId, "Example Daily", INGESTED_AT), INGESTED_AT, article);
        publish(TestFacts.claim(claimId, articleId, ClaimType.MEETING, actors, null, TestFacts.day("2026-02-03"),
                "The two ministers met in the capital.", "Example Daily", INGESTED_AT), EXTRACTED_AT, article);
        publish(new ArticleExtracted(articleId, "rules-2", 1, List.of(claimId), null), EXTRACTED_AT, article);
        await("the extraction", () -> progress(articleId, null).jsonPath().get("extracted") != null);
        publish(TestFacts.verified(eventId, event, both), VERIFIED_AT, UUID.randomUUID());

        await("the verdict", () -> "VERIFIED".equals(progress(articleId, null).jsonPath().get("stage")));
        reader().get("/api/v1/articles/{id}/progress", articleId).then().statusCode(200)
                .body("verified.eventId", contains(eventId)).body("verified[0].verdict", equalTo("CORROBORATED"))
                .body("verified[0].revision", equalTo(1));
        progress(articleId, VERIFIED_AT.minusMillis(1).toString()).then().statusCode(200)
                .body("stage", equalTo("EXTRACTED"));
    }

    @Test
    void anArticleTheQueryHasNotSeenIsNotFound() {
        String unknown = UUID.randomUUID().toString();
        progress(unknown, null).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", equalTo("article '" + unknown + "' does not exist"));
        progress(unknown, "yesterday").then().statusCode(400);
        RestAssured.given().get("/api/v1/articles/{id}/progress", unknown).then().statusCode(401);
    }

    @Test
    void beforeItsIngestionAnArticleIsNotFound() {
        UUID article = UUID.randomUUID();
        publish(TestFacts.article(article.toString(), "Example Weekly", INGESTED_AT), INGESTED_AT, article);
        await("the article", () -> progress(article.toString(), null).statusCode() == 200);
        progress(article.toString(), INGESTED_AT.minusSeconds(1).toString()).then().statusCode(404);
        progress(article.toString(), INGESTED_AT.toString()).then().statusCode(200)
                .body("stage", equalTo("INGESTED"));
    }

    private static io.restassured.response.Response progress(String articleId, String asOf) {
        var request = reader();
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.get("/api/v1/articles/{id}/progress", articleId);
    }

    private static void publish(dev.chancery.model.fact.FactPayload payload, Instant at, UUID correlation) {
        FactPublisher.publish(FactPublisher.fact(payload, at, correlation));
    }
}
