package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.chancery.query.it.Api.await;
import static dev.chancery.query.it.Api.reader;
import static dev.chancery.query.it.TestFacts.actor;
import static dev.chancery.query.it.TestFacts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Actor timelines in valid-time order, the resumable change stream, and rebuilding a projection while serving. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class TimelineStreamAndRebuildTest {

    @Test
    void aTimelineListsEverythingInvolvingTheActorInValidTimeOrder() {
        String person = "person:" + unique("minister");
        List<ActorRef> visit = List.of(actor(person, ActorRole.VISITOR, "KAZ"), actor("FRA", ActorRole.HOST, "FRA"));
        List<ActorRef> call = List.of(actor(person, ActorRole.PARTICIPANT, "KAZ"),
                actor("person:emmanuel-macron", ActorRole.PARTICIPANT, "FRA"));
        String late = unique("ev-visit");
        String early = unique("ev-call");
        // recorded in the opposite order of when they happened
        FactPublisher.publish(TestFacts.verified(late, new DiplomaticEvent(ClaimType.VISIT, visit, null,
                TestFacts.day("2025-11-10")), judgement(Verdict.CONFIRMED)), Instant.parse("2025-11-11T08:00:00Z"));
        FactPublisher.publish(TestFacts.verified(early, new DiplomaticEvent(ClaimType.PHONE_CALL, call, null,
                TestFacts.day("2025-09-05")), judgement(Verdict.REPORTED)), Instant.parse("2025-11-12T08:00:00Z"));
        await("both events", () -> {
            var response = reader().get("/api/v1/actors/{id}/timeline", person);
            return response.statusCode() == 200 && response.jsonPath().getList("$").size() == 2;
        });

        reader().get("/api/v1/actors/{id}/timeline", person).then().statusCode(200)
                .body("eventId", equalTo(List.of(early, late))).body("[0].type", equalTo("PHONE_CALL"))
                .body("[1].participants.find { it.id == 'FRA' }.name", equalTo("France"));
        reader().queryParam("asOf", "2025-11-11T12:00:00Z").get("/api/v1/actors/{id}/timeline", person).then()
                .body("eventId", equalTo(List.of(late)));
        reader().queryParam("size", "1").queryParam("page", "1").get("/api/v1/actors/{id}/timeline", person).then()
                .body("eventId", equalTo(List.of(late)));
    }

    @Test
    void theStreamResumesAfterLastEventId() throws Exception {
        String eventId = unique("ev-stream");
        List<ActorRef> actors = List.of(actor("USA", ActorRole.INVITER, "USA"), actor("KAZ", ActorRole.INVITEE, "KAZ"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.INVITATION, actors, "gathering:board-of-peace", null);
        Judgement invited = TestFacts.judgement(Verdict.REPORTED, InvitationState.INVITED, List.of("c-1"), List.of());
        Judgement declined = TestFacts.judgement(Verdict.REPORTED, InvitationState.DECLINED, List.of("c-1"), List.of());
        FactPublisher.publish(TestFacts.verified(eventId, event, invited), Instant.parse("2026-01-19T08:00:00Z"));
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, invited, declined),
                Instant.parse("2026-01-20T08:00:00Z"));
        await("the revision", () -> Api.eventAtRevision(eventId, 2));

        List<Map<String, String>> all = read("0", eventId, 4);
        assertThat(all).extracting(e -> e.get("event")).containsExactly("verdict", "invitation", "verdict",
                "invitation");
        assertThat(all.get(3).get("data")).contains("\"previousState\":\"INVITED\"").contains("\"state\":\"DECLINED\"");
        String resumeAfter = all.get(1).get("id");
        List<Map<String, String>> resumed = read(resumeAfter, eventId, 2);
        assertThat(resumed).extracting(e -> e.get("id")).containsExactly(all.get(2).get("id"), all.get(3).get("id"));
        assertThat(Long.parseLong(resumed.get(0).get("id"))).isGreaterThan(Long.parseLong(resumeAfter));
    }

    @Test
    void aRebuildReplaysTheTopicIntoANewGenerationAndSwitches() {
        String eventId = unique("ev-rebuild");
        List<ActorRef> actors = List.of(actor("KAZ", ActorRole.PARTICIPANT, "KAZ"),
                actor("RUS", ActorRole.PARTICIPANT, "RUS"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.MEETING, actors, null, TestFacts.day("2025-10-09"));
        Judgement reported = judgement(Verdict.REPORTED);
        FactPublisher.publish(TestFacts.verified(eventId, event, reported), Instant.parse("2025-10-09T18:00:00Z"));
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, reported, judgement(Verdict.CONFIRMED)),
                Instant.parse("2025-10-10T09:00:00Z"));
        await("the revision", () -> Api.eventAtRevision(eventId, 2));
        String before = reader().queryParam("asOf", "2025-10-10T00:00:00Z").get("/api/v1/events/{id}", eventId).asString();
        int generation = admin().get("/api/v1/admin/projections").jsonPath()
                .getInt("find { it.name == 'events' }.activeGeneration");

        // lose the rows behind the API's back: only a replay from the topic can bring them back
        assertThat(Db.update("DELETE FROM query.event_versions WHERE event_id = ?", eventId)).isEqualTo(2);
        reader().get("/api/v1/events/{id}", eventId).then().statusCode(404);

        admin().post("/api/v1/admin/projections/events:rebuild").then().statusCode(202)
                .body("state", equalTo("REBUILDING")).body("buildingGeneration", equalTo(generation + 1));
        await("the switch", () -> {
            var state = admin().get("/api/v1/admin/projections").jsonPath();
            return "LIVE".equals(state.getString("find { it.name == 'events' }.state"))
                    && state.getInt("find { it.name == 'events' }.activeGeneration") == generation + 1;
        });

        var state = admin().get("/api/v1/admin/projections").jsonPath();
        assertThat(state.getLong("find { it.name == 'events' }.factsApplied")).isGreaterThanOrEqualTo(2);
        assertThat(state.getLong("find { it.name == 'events' }.lag")).isZero();
        assertThat(reader().queryParam("asOf", "2025-10-10T00:00:00Z").get("/api/v1/events/{id}", eventId).asString())
                .isEqualTo(before);
        reader().get("/api/v1/events/{id}", eventId).then().statusCode(200).body("verdict", equalTo("CONFIRMED"));
        assertThat(Db.count("SELECT count(*) FROM query.event_versions WHERE generation <> ?", generation + 1))
                .isZero();
        String metrics = RestAssured.given().get("/q/metrics").asString();
        assertThat(metrics).contains("chancery_rebuild_running{projection=\"events\"} 0.0",
                "chancery_rebuild_applied{projection=\"events\"}",
                "chancery_projection_freshness_seconds_count{topic=\"chancery.verdicts.v2\"}");
        // the replayed versions keep the article each verdict fact is about (its correlation id)
        assertThat(Db.count("SELECT count(*) FROM query.event_versions WHERE event_id = ? AND article_id IS NOT NULL",
                eventId)).isEqualTo(2);
    }

    private static Judgement judgement(Verdict verdict) {
        return TestFacts.judgement(verdict, null, List.of(), List.of());
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return Api.as("admin");
    }

    /** Reads the stream after {@code lastEventId} until {@code count} events of {@code eventId} arrived. */
    private static List<Map<String, String>> read(String lastEventId, String eventId, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/v1/stream"))
                .header("Authorization", "Bearer " + TestInfrastructure.get().token("read"))
                .header("Last-Event-ID", lastEventId).GET().build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, String>> events = new ArrayList<>();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            Map<String, String> current = new java.util.HashMap<>();
            var lines = response.body().iterator();
            while (events.size() < count && lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    if (current.getOrDefault("data", "").contains(eventId)) {
                        events.add(current);
                    }
                    current = new java.util.HashMap<>();
                } else if (line.contains(":")) {
                    int colon = line.indexOf(':');
                    current.put(line.substring(0, colon), line.substring(colon + 1).trim());
                }
            }
        });
        try {
            reading.get(30, TimeUnit.SECONDS);
        } finally {
            response.body().close();
        }
        return events;
    }
}
