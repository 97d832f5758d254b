package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.chancery.query.it.Api.await;
import static dev.chancery.query.it.Api.reader;
import static dev.chancery.query.it.TestFacts.actor;
import static dev.chancery.query.it.TestFacts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A call reported and later refuted reads REPORTED before the denial was recorded and REFUTED after. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class AsOfAndContactsTest {
    static final Instant REPORTED_AT = Instant.parse("2025-12-24T08:00:00Z");
    static final Instant REFUTED_AT = Instant.parse("2025-12-25T10:00:00Z");

    @Test
    @SuppressWarnings("unchecked")
    void aRefutedCallReadsReportedAsOfBeforeTheDenialAndRefutedAfter() {
        String eventId = unique("ev-call");
        String person = "person:" + unique("envoy");
        List<ActorRef> actors = List.of(actor(person, ActorRole.PARTICIPANT, "KAZ"),
                actor("person:donald-trump", ActorRole.PARTICIPANT, "USA"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.PHONE_CALL, actors, null, TestFacts.day("2025-12-23"));
        String reportId = unique("c-report");
        String denialId = unique("c-denial");
        FactPublisher.publish(TestFacts.claim(reportId, unique("a"), ClaimType.PHONE_CALL, actors, null,
                TestFacts.day("2025-12-23"), "The two presidents spoke by phone on Dec. 23, the paper said.",
                "Kursiv", Instant.parse("2025-12-24T06:00:00Z")), REPORTED_AT.minusSeconds(3600));
        FactPublisher.publish(TestFacts.claim(denialId, unique("a"), ClaimType.DENIAL, actors, null,
                TestFacts.day("2025-12-23"), "Akorda denied that any call took place.", "Akorda",
                Instant.parse("2025-12-25T08:00:00Z")), REFUTED_AT.minusSeconds(3600));
        Judgement reported = TestFacts.judgement(Verdict.REPORTED, null, List.of(reportId), List.of());
        Judgement refuted = TestFacts.judgement(Verdict.REFUTED, null, List.of(reportId), List.of(denialId));
        FactPublisher.publish(TestFacts.verified(eventId, event, reported), REPORTED_AT);
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, reported, refuted), REFUTED_AT);

        await("the refutation", () -> Api.eventAtRevision(eventId, 2));
        await("both claims", () -> reader().get("/api/v1/events/{id}", eventId).jsonPath()
                .getList("claims").size() == 2);

        reader().queryParam("asOf", "2025-12-24T12:00:00Z").get("/api/v1/events/{id}", eventId)
                .then().statusCode(200).body("verdict", equalTo("REPORTED")).body("history.size()", equalTo(1))
                .body("claims.size()", equalTo(1)).body("claims[0].quote", equalTo(
                        "The two presidents spoke by phone on Dec. 23, the paper said."));
        reader().queryParam("asOf", "2025-12-25T12:00:00Z").get("/api/v1/events/{id}", eventId)
                .then().statusCode(200).body("verdict", equalTo("REFUTED")).body("history.size()", equalTo(2))
                .body("history[1].revision", equalTo(2)).body("history[1].recordedAt", equalTo(REFUTED_AT.toString()))
                .body("rationale[0].rule", equalTo("test-rule"));
        reader().queryParam("asOf", REFUTED_AT.toString()).get("/api/v1/events/{id}", eventId)
                .then().body("verdict", equalTo("REFUTED"));
        reader().queryParam("asOf", REFUTED_AT.minusMillis(1).toString()).get("/api/v1/events/{id}", eventId)
                .then().body("verdict", equalTo("REPORTED"));
        reader().queryParam("asOf", "2025-12-01T00:00:00Z").get("/api/v1/events/{id}", eventId)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));

        List<Map<String, Object>> before = contacts(person, "USA", "2025-12-24T12:00:00Z");
        List<Map<String, Object>> after = contacts(person, "USA", null);
        assertThat(before).singleElement().satisfies(c -> {
            assertThat(c.get("verification")).isEqualTo("REPORTED");
            assertThat(c.get("type")).isEqualTo("PHONE_CALL");
        });
        assertThat(after).singleElement().satisfies(c -> {
            assertThat(c.get("verification")).isEqualTo("REFUTED");
            assertThat((List<?>) c.get("sources")).hasSize(2);
            assertThat(((List<Map<String, Object>>) c.get("participants")).stream().map(p -> p.get("country")))
                    .containsExactlyInAnyOrder("KAZ", "USA");
        });
        assertThat(contacts("KAZ", "USA", null)).extracting(c -> c.get("eventId")).contains(eventId);
        assertThat(contacts(person, "FRA", null)).isEmpty();
        assertThat(reader().queryParam("actor", person).queryParam("type", "VISIT").get("/api/v1/contacts")
                .jsonPath().getList("$")).isEmpty();
        assertThat(reader().queryParam("actor", person).queryParam("from", "2025-12-24").get("/api/v1/contacts")
                .jsonPath().getList("$")).isEmpty();
        assertThat(reader().queryParam("actor", person).queryParam("from", "2025-12-01").queryParam("to", "2025-12-23")
                .get("/api/v1/contacts").jsonPath().getList("$")).hasSize(1);
    }

    @Test
    void invalidParametersAreProblems() {
        reader().queryParam("asOf", "yesterday").queryParam("actor", "KAZ").get("/api/v1/contacts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://chancery.dev/problems/invalid-as-of"));
        reader().get("/api/v1/contacts").then().statusCode(400)
                .body("type", equalTo("https://chancery.dev/problems/missing-actor"));
        reader().queryParam("actor", "KAZ").queryParam("type", "DINNER").get("/api/v1/contacts")
                .then().statusCode(400);
    }

    private static List<Map<String, Object>> contacts(String actor, String counterpart, String asOf) {
        var request = reader().queryParam("actor", actor).queryParam("counterpart", counterpart);
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.get("/api/v1/contacts").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
