package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Invitations to a gathering with sources, as of any time, even when the verdicts arrive before the claims. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class InvitationsTest {
    static final String G20 = "gathering:g20-2026";
    static final Instant INVITED_AT = Instant.parse("2025-12-03T12:00:00Z");
    static final Instant ACCEPTED_AT = Instant.parse("2025-12-05T14:00:00Z");

    @Test
    void gatheringSearchFindsTheMiamiG20ByAliasYearAndVenue() {
        for (String q : List.of("Miami G20", "G20 2026", "G-20 summit in Doral")) {
            reader().queryParam("q", q).get("/api/v1/gatherings").then().statusCode(200)
                    .body("id", hasItem(G20)).body("id", not(hasItem("gathering:g20-2025")))
                    .body("find { it.id == 'gathering:g20-2026' }.city", equalTo("Miami"))
                    .body("find { it.id == 'gathering:g20-2026' }.startDate", equalTo("2026-12-14"));
        }
        assertThat(reader().queryParam("q", "Johannesburg").get("/api/v1/gatherings").jsonPath().getList("id"))
                .startsWith("gathering:g20-2025");
    }

    @Test
    @SuppressWarnings("unchecked")
    void invitationsCarryStatusHistoryAndSourcesDownToTheSentence() {
        String eventId = unique("ev-inv");
        String invitee = "person:" + unique("leader");
        String inviter = "person:" + unique("host");
        List<ActorRef> actors = List.of(actor(inviter, ActorRole.INVITER, "USA"),
                actor(invitee, ActorRole.INVITEE, "KAZ"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.INVITATION, actors, G20, TestFacts.day("2026-12-14"));
        String invitation = unique("c-inv");
        String acceptance = unique("c-acc");
        Judgement invited = TestFacts.judgement(Verdict.REPORTED, InvitationState.INVITED, List.of(invitation),
                List.of());
        Judgement accepted = TestFacts.judgement(Verdict.CONFIRMED, InvitationState.ACCEPTED,
                List.of(invitation, acceptance), List.of());
        // the verdicts arrive before the claims they rest on
        FactPublisher.publish(TestFacts.verified(eventId, event, invited), INVITED_AT);
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, invited, accepted), ACCEPTED_AT);
        await("the acceptance", () -> Api.eventAtRevision(eventId, 2));
        String articleA = unique("a");
        FactPublisher.publish(TestFacts.article(articleA, "Reuters", Instant.parse("2025-12-03T09:12:00Z")),
                INVITED_AT.minusSeconds(7200));
        FactPublisher.publish(TestFacts.claim(invitation, articleA, ClaimType.INVITATION, actors, G20,
                TestFacts.day("2026-12-14"), "Trump said he had invited the leader to the G20 summit in Miami.",
                "Reuters", Instant.parse("2025-12-03T09:12:00Z")), INVITED_AT.minusSeconds(3600));
        FactPublisher.publish(TestFacts.claim(acceptance, unique("a"), ClaimType.INVITATION_ACCEPTED, actors, G20,
                TestFacts.day("2026-12-14"), "The leader accepted the invitation, his press service said.",
                "Akorda", Instant.parse("2025-12-05T10:00:00Z")), ACCEPTED_AT.minusSeconds(3600));
        await("both sources", () -> row(invitations(null), eventId) != null
                && ((List<?>) row(invitations(null), eventId).get("sources")).size() == 2);

        Map<String, Object> now = row(invitations(null), eventId);
        assertThat(now.get("status")).isEqualTo("ACCEPTED");
        assertThat(now.get("verification")).isEqualTo("CONFIRMED");
        assertThat(((Map<String, Object>) now.get("invitee")).get("id")).isEqualTo(invitee);
        assertThat(((Map<String, Object>) now.get("invitee")).get("country")).isEqualTo("KAZ");
        assertThat(((Map<String, Object>) now.get("inviter")).get("country")).isEqualTo("USA");
        assertThat(now.get("lastChangedAt")).isEqualTo(ACCEPTED_AT.toString());
        assertThat(now.get("firstReportedAt")).isEqualTo("2025-12-03T09:12:00Z");
        List<Map<String, Object>> sources = (List<Map<String, Object>>) now.get("sources");
        assertThat(sources.get(0)).containsEntry("articleId", articleA).containsEntry("outlet", "Reuters")
                .containsEntry("url", "https://news.example/" + articleA)
                .containsEntry("publishedAt", "2025-12-03T09:12:00Z")
                .containsEntry("quote", "Trump said he had invited the leader to the G20 summit in Miami.");
        assertThat(sources.get(1).get("quote")).isEqualTo("The leader accepted the invitation, his press service said.");

        Map<String, Object> then = row(invitations("2025-12-04T00:00:00Z"), eventId);
        assertThat(then.get("status")).isEqualTo("INVITED");
        assertThat(then.get("verification")).isEqualTo("REPORTED");
        assertThat((List<?>) then.get("sources")).hasSize(1);
        assertThat(row(invitations("2025-12-01T00:00:00Z"), eventId)).isNull();

        assertThat(reader().queryParam("status", "DECLINED").get("/api/v1/gatherings/{id}/invitations", G20)
                .jsonPath().getList("eventId")).doesNotContain(eventId);
        assertThat(reader().queryParam("status", "accepted").queryParam("invitee", invitee)
                .get("/api/v1/gatherings/{id}/invitations", G20).jsonPath().getList("eventId"))
                .containsExactly(eventId);
        assertThat(reader().queryParam("inviter", inviter).get("/api/v1/invitations").jsonPath().getList("eventId"))
                .containsExactly(eventId);
        assertThat(reader().queryParam("inviter", invitee).get("/api/v1/invitations").jsonPath().getList("$"))
                .isEmpty();

        JsonPath asked = reader().queryParam("q", "who is invited to the Miami G20?").get("/api/v1/ask")
                .then().statusCode(200).extract().jsonPath();
        assertThat(asked.getString("interpretation.kind")).isEqualTo("GatheringInvitations");
        assertThat(asked.getString("interpretation.endpoint")).startsWith("/api/v1/gatherings/" + G20);
        assertThat(asked.getList("answer.eventId")).contains(eventId);
    }

    @Test
    void lastChangedAtIsTheStartOfTheTrailingRunOfEqualStatesAtEveryAsOf() {
        String eventId = unique("ev-status");
        List<ActorRef> actors = List.of(actor("person:" + unique("host"), ActorRole.INVITER, "USA"),
                actor("person:" + unique("guest"), ActorRole.INVITEE, "UZB"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.INVITATION, actors, G20, TestFacts.day("2026-12-14"));
        InvitationState[] states = {InvitationState.INVITED, InvitationState.INVITED, InvitationState.ACCEPTED,
                InvitationState.ACCEPTED, InvitationState.ACCEPTED, InvitationState.INVITED, InvitationState.INVITED,
                InvitationState.DECLINED, InvitationState.DECLINED};
        Instant start = Instant.parse("2025-12-10T00:00:00Z");
        Judgement previous = null;
        List<Runnable> publish = new java.util.ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            Judgement next = TestFacts.judgement(Verdict.REPORTED, states[i], List.of(unique("c")), List.of());
            Instant at = start.plusSeconds(3600L * i);
            var fact = i == 0 ? TestFacts.verified(eventId, event, next)
                    : TestFacts.revised(eventId, i + 1, event, previous, next);
            publish.add(() -> FactPublisher.publish(fact, at));
            previous = next;
        }
        // revision 4 arrives last: the timeline must be the same as in order
        for (int i = 0; i < publish.size(); i++) {
            if (i != 3) {
                publish.get(i).run();
            }
        }
        publish.get(3).run();
        await("every revision", () -> Api.eventAtRevision(eventId, states.length));
        int[] expectedRunStart = {0, 0, 2, 2, 2, 5, 5, 7, 7};
        for (int i = 0; i < states.length; i++) {
            String asOf = start.plusSeconds(3600L * i + 60).toString();
            Map<String, Object> row = row(invitations(asOf), eventId);
            assertThat(row.get("status")).as("as of %s", asOf).isEqualTo(states[i].name());
            assertThat(row.get("lastChangedAt")).as("as of %s", asOf)
                    .isEqualTo(start.plusSeconds(3600L * expectedRunStart[i]).toString());
        }
        Map<String, Object> now = row(invitations(null), eventId);
        assertThat(now.get("status")).isEqualTo("DECLINED");
        assertThat(now.get("lastChangedAt")).isEqualTo(start.plusSeconds(3600L * 7).toString());
    }

    @Test
    void unknownGatheringsAndUninterpretableQuestionsAreProblems() {
        reader().get("/api/v1/gatherings/{id}/invitations", "gathering:nowhere-1999").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://chancery.dev/problems/not-found"))
                .body("detail", equalTo("gathering 'gathering:nowhere-1999' does not exist"));
        reader().queryParam("q", "").get("/api/v1/ask").then().statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422))
                .body("errors.example.flatten()", hasItem(org.hamcrest.Matchers.startsWith("who is invited")));
        reader().queryParam("status", "MAYBE").get("/api/v1/gatherings/{id}/invitations", G20).then().statusCode(400);
    }

    private static List<Map<String, Object>> invitations(String asOf) {
        var request = reader();
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.get("/api/v1/gatherings/{id}/invitations", G20).then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String eventId) {
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).findFirst().orElse(null);
    }
}
