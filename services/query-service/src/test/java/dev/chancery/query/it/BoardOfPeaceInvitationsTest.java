package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;
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

/**
 * "Who is invited to the Board of Peace?" over the four patterns of invitations to a new body, with the judgements
 * verification gives them (docs/verification.md): a contested acceptance, a withdrawal after an acceptance, a
 * refusal with conditions, and an invitation to the body beside one to its first meeting.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class BoardOfPeaceInvitationsTest {
    static final String BODY = "gathering:board-of-peace";
    static final String MEETING = "gathering:board-of-peace-2026-01";
    static final Instant T0 = Instant.parse("2026-01-16T12:00:00Z");
    final String inviter = "person:" + unique("host");

    @Test
    @SuppressWarnings("unchecked")
    void eachInviteeShowsItsOwnStateAndTheMeetingIsAnotherAnswer() {
        String hostSaysYes = unique("c-host-yes");
        String ownStudy = unique("c-own-study");
        String contested = invitation(BODY, "HUN", List.of(
                judgement(Verdict.CONFIRMED, InvitationState.ACCEPTED, Verdict.CONFIRMED, List.of(hostSaysYes), List.of()),
                judgement(Verdict.CONFIRMED, InvitationState.CONSIDERING, Verdict.DISPUTED, List.of(ownStudy),
                        List.of(hostSaysYes))));
        String withdrawn = invitation(BODY, "CAN", List.of(
                judgement(Verdict.CONFIRMED, InvitationState.INVITED, Verdict.CONFIRMED, List.of("c1"), List.of()),
                judgement(Verdict.CONFIRMED, InvitationState.ACCEPTED, Verdict.CONFIRMED, List.of("c1", "c2"), List.of()),
                judgement(Verdict.CONFIRMED, InvitationState.WITHDRAWN, Verdict.CONFIRMED, List.of("c1", "c2", "c3"),
                        List.of())));
        String declined = invitation(BODY, "FRA", List.of(
                judgement(Verdict.CONFIRMED, InvitationState.DECLINED, Verdict.CONFIRMED, List.of("c4"), List.of())));
        String member = invitation(BODY, "KAZ", List.of(
                judgement(Verdict.CONFIRMED, InvitationState.ACCEPTED, Verdict.CONFIRMED, List.of("c5"), List.of())));
        String meeting = invitation(MEETING, "KAZ", List.of(
                judgement(Verdict.REPORTED, InvitationState.INVITED, Verdict.REPORTED, List.of("c6"), List.of())));
        claim(hostSaysYes, ClaimType.INVITATION_ACCEPTED, "The host said the country had accepted.", "Wire", 0);
        claim(ownStudy, ClaimType.INVITATION_CONSIDERED, "Its ministry said the offer was still being studied.",
                "Daily", 1);
        await("every revision", () -> Api.eventAtRevision(withdrawn, 3) && Api.eventAtRevision(contested, 2)
                && Api.eventAtRevision(meeting, 1) && Api.eventAtRevision(declined, 1)
                && Api.eventAtRevision(member, 1));
        await("both sources of the contested acceptance", () -> sources(row(asked(), contested)).size() == 2);

        List<Map<String, Object>> answer = asked();
        assertThat(status(answer, contested)).containsExactly("CONSIDERING", "DISPUTED");
        assertThat(sources(row(answer, contested))).extracting(s -> s.get("claimId") + " " + s.get("stance"))
                .containsExactlyInAnyOrder(ownStudy + " FOR", hostSaysYes + " AGAINST");
        assertThat(status(answer, withdrawn)).containsExactly("WITHDRAWN", "CONFIRMED");
        assertThat(status(answer, declined)).containsExactly("DECLINED", "CONFIRMED");
        assertThat(status(answer, member)).containsExactly("ACCEPTED", "CONFIRMED");
        assertThat(row(answer, member)).containsEntry("gathering", BODY).containsEntry("body", null);
        assertThat(row(answer, meeting)).as("an invitation to the meeting is not one to the body").isNull();

        List<Map<String, Object>> then = invitations(BODY, T0.plusSeconds(3600 + 60).toString());
        assertThat(status(then, contested)).as("before the invitee spoke").containsExactly("ACCEPTED", "CONFIRMED");
        assertThat(reader().queryParam("status", "ACCEPTED").get("/api/v1/gatherings/{id}/invitations", BODY)
                .jsonPath().getList("eventId")).contains(member).doesNotContain(contested, withdrawn, declined);

        List<Map<String, Object>> byInviter = reader().queryParam("inviter", inviter).get("/api/v1/invitations")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(byInviter).extracting(r -> r.get("eventId") + " " + r.get("gathering") + " " + r.get("status"))
                .contains(member + " " + BODY + " ACCEPTED", meeting + " " + MEETING + " INVITED");
    }

    /** Publishes the revisions of the invitation of {@code country} to {@code gathering}, an hour apart. */
    private String invitation(String gathering, String country, List<Judgement> revisions) {
        String eventId = unique("ev-bop");
        List<ActorRef> actors = List.of(actor(inviter, ActorRole.INVITER, "USA"), actor(country, ActorRole.INVITEE,
                country));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.INVITATION, actors, gathering, null);
        FactPublisher.publish(TestFacts.verified(eventId, event, revisions.get(0)), T0);
        for (int i = 1; i < revisions.size(); i++) {
            FactPublisher.publish(TestFacts.revised(eventId, i + 1, event, revisions.get(i - 1), revisions.get(i)),
                    T0.plusSeconds(3600L * 2 * i));
        }
        return eventId;
    }

    private void claim(String claimId, ClaimType type, String sentence, String outlet, int day) {
        String articleId = unique("a-bop");
        Instant published = T0.plusSeconds(86_400L * day);
        FactPublisher.publish(TestFacts.article(articleId, outlet, published), published);
        FactPublisher.publish(TestFacts.claim(claimId, articleId, type, List.of(actor("HUN", ActorRole.INVITEE,
                "HUN")), BODY, null, sentence, outlet, published), published);
    }

    private static Judgement judgement(Verdict verdict, InvitationState state, Verdict stateVerdict,
            List<String> claimsFor, List<String> claimsAgainst) {
        return new Judgement(verdict, state, stateVerdict, claimsFor, claimsAgainst,
                List.of(Rationale.naming("test-rule", "state " + state, claimsFor)));
    }

    private static List<Map<String, Object>> asked() {
        JsonPath asked = reader().header("Cache-Control", "no-cache")
                .queryParam("q", "who is invited to the Board of Peace?").get("/api/v1/ask")
                .then().statusCode(200).extract().jsonPath();
        assertThat(asked.getString("interpretation.endpoint")).startsWith("/api/v1/gatherings/" + BODY);
        return asked.getList("answer");
    }

    private static List<Map<String, Object>> invitations(String gathering, String asOf) {
        return reader().queryParam("asOf", asOf).get("/api/v1/gatherings/{id}/invitations", gathering)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String eventId) {
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).findFirst().orElse(null);
    }

    private static List<Object> status(List<Map<String, Object>> rows, String eventId) {
        Map<String, Object> row = row(rows, eventId);
        return row == null ? List.of() : List.of(row.get("status"), row.get("verification"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sources(Map<String, Object> row) {
        return row == null ? List.of() : (List<Map<String, Object>>) row.get("sources");
    }
}
