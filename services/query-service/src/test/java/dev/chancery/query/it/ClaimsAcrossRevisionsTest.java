package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
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
import java.util.TreeMap;

import static dev.chancery.query.it.Api.await;
import static dev.chancery.query.it.Api.reader;
import static dev.chancery.query.it.TestFacts.actor;
import static dev.chancery.query.it.TestFacts.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event whose v2 revisions name only the claims that changed (claims join, one leaves, one changes side, a
 * revision arrives after a later one) answers with exactly the claims of the revision current as of each time,
 * and a verdict republished under a new fact id adds no claim changes.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ClaimsAcrossRevisionsTest {
    private static final Instant T1 = Instant.parse("2026-02-01T08:00:00Z");
    private static final String FOR = "FOR";
    private static final String AGAINST = "AGAINST";

    @Test
    void eventAndInvitationsShowTheClaimsOfTheRevisionCurrentAsOfEachTime() {
        String eventId = unique("ev-many");
        List<ActorRef> actors = List.of(actor("person:" + unique("host"), ActorRole.INVITER, "USA"),
                actor("person:" + unique("guest"), ActorRole.INVITEE, "KAZ"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.INVITATION, actors, InvitationsTest.G20,
                TestFacts.day("2026-12-14"));
        String[] c = new String[7];
        for (int i = 1; i <= 6; i++) {
            c[i] = unique("c" + i);
            String article = unique("a" + i);
            FactPublisher.publish(TestFacts.article(article, "Outlet " + i, T1.minusSeconds(7200 - i)),
                    T1.minusSeconds(7200));
            FactPublisher.publish(TestFacts.claim(c[i], article, ClaimType.INVITATION, actors, InvitationsTest.G20,
                    TestFacts.day("2026-12-14"), "Sentence " + i + ".", "Outlet " + i, T1.minusSeconds(7200 - i)),
                    T1.minusSeconds(3600));
        }
        List<Judgement> revisions = List.of(
                invited(List.of(c[1], c[2]), List.of()),
                invited(List.of(c[1], c[2], c[3]), List.of()),
                invited(List.of(c[1], c[2], c[3], c[4]), List.of(c[5])),
                // c2 leaves, c3 changes side
                invited(List.of(c[1], c[4]), List.of(c[3], c[5])),
                invited(List.of(c[1], c[4], c[6]), List.of(c[3], c[5])));
        FactPublisher.publish(TestFacts.verified(eventId, event, revisions.get(0)), at(1));
        for (int r : List.of(2, 3, 5, 4)) { // revision 4 arrives after revision 5
            FactPublisher.publish(TestFacts.revised(eventId, r, event, revisions.get(r - 2), revisions.get(r - 1)),
                    at(r));
        }
        await("five revisions", () -> Api.eventAtRevision(eventId, 5));
        await("every claim", () -> stances(event(eventId, null).getList("claims")).size() == 5);

        for (int r = 1; r <= 5; r++) {
            String asOf = at(r).plusSeconds(60).toString();
            Map<String, String> expected = expected(revisions.get(r - 1));
            assertThat(stances(event(eventId, asOf).getList("claims"))).as("event claims at revision " + r)
                    .isEqualTo(expected);
            Map<String, Object> row = invitation(eventId, asOf);
            assertThat(row.get("sourceCount")).as("source count at revision " + r).isEqualTo(expected.size());
            assertThat(stances(row.get("sources"))).as("sources at revision " + r).isEqualTo(expected);
        }
        JsonPath now = event(eventId, null);
        assertThat(stances(now.getList("claims")))
                .isEqualTo(Map.of(c[1], FOR, c[4], FOR, c[6], FOR, c[3], AGAINST, c[5], AGAINST));
        assertThat(stances(invitation(eventId, null).get("sources"))).isEqualTo(expected(revisions.get(4)));
        assertThat(now.getInt("rationale[0].claimCount")).isEqualTo(3);
        assertThat(now.getList("history.collect { it.rationale[0].claimCount }", Integer.class))
                .containsExactly(2, 3, 4, 2, 3);
        assertThat(Db.count("SELECT count(*) FROM query.event_claim_changes WHERE event_id = ?", eventId))
                .as("2 + 1 + 2 + 2 + 1 changes").isEqualTo(8);
    }

    @Test
    void aVerdictRepublishedUnderANewFactIdAddsNoClaimChanges() {
        String eventId = unique("ev-again");
        DiplomaticEvent event = meeting("2026-02-01");
        Judgement first = TestFacts.judgement(Verdict.REPORTED, null, List.of("c-a", "c-b"), List.of());
        Judgement second = TestFacts.judgement(Verdict.DISPUTED, null, List.of("c-a"), List.of("c-b", "c-c"));
        FactEnvelope<FactPayload> verified = FactPublisher.publish(TestFacts.verified(eventId, event, first), at(1));
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, first, second), at(2));
        FactPublisher.publish(verified);
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, first, second), at(2));
        await("both deliveries of revision 2", () -> Db.count(
                "SELECT count(*) FROM query.event_versions WHERE event_id = ? AND revision = 2", eventId) == 2);

        assertThat(ProjectionRows.rows("event_claim_changes", eventId, Replays.activeGeneration("events")))
                .containsExactly(
                        "event_id=" + eventId + " | claim_id=c-a | revision=1 | stance=FOR | ",
                        "event_id=" + eventId + " | claim_id=c-b | revision=1 | stance=FOR | ",
                        "event_id=" + eventId + " | claim_id=c-b | revision=2 | stance=AGAINST | ",
                        "event_id=" + eventId + " | claim_id=c-c | revision=2 | stance=AGAINST | ");
    }

    @Test
    void aVerdictNamingManyClaimsIsStoredUncompressedAndReadBack() {
        String eventId = unique("ev-big");
        DiplomaticEvent event = meeting("2026-03-01");
        List<String> many = java.util.stream.IntStream.range(0, 120).mapToObj(i -> unique("claim-" + i)).toList();
        FactPublisher.publish(TestFacts.verified(eventId, event,
                TestFacts.judgement(Verdict.CORROBORATED, null, many, List.of())), at(1));
        await("the verdict", () -> Api.eventAtRevision(eventId, 1));

        // past the size PostgreSQL compresses by default (2 kB), and not compressed (V106)
        assertThat(Db.count("SELECT count(*) FROM query.event_versions WHERE event_id = ?"
                + " AND pg_column_size(payload) > 2048 AND pg_column_compression(payload) IS NULL", eventId))
                .isEqualTo(1);
        JsonPath answer = event(eventId, null); // the stored payload, read back
        assertThat(answer.getString("verdict")).isEqualTo("CORROBORATED");
        assertThat(answer.getString("type")).isEqualTo("MEETING");
    }

    /** A meeting of a new person of Kazakhstan with China on that day. */
    private static DiplomaticEvent meeting(String day) {
        return new DiplomaticEvent(ClaimType.MEETING, List.of(actor("person:" + unique("p"), ActorRole.PARTICIPANT,
                "KAZ"), actor("CHN", ActorRole.PARTICIPANT, "CHN")), null, TestFacts.day(day));
    }

    private static Judgement invited(List<String> claimsFor, List<String> claimsAgainst) {
        return TestFacts.judgement(claimsAgainst.isEmpty() ? Verdict.CORROBORATED : Verdict.DISPUTED,
                InvitationState.INVITED, claimsFor, claimsAgainst);
    }

    private static Instant at(int revision) {
        return T1.plusSeconds(3600L * revision);
    }

    private static Map<String, String> expected(Judgement j) {
        Map<String, String> out = new TreeMap<>();
        j.claimsFor().forEach(id -> out.put(id, FOR));
        j.claimsAgainst().forEach(id -> out.put(id, AGAINST));
        return out;
    }

    private static JsonPath event(String eventId, String asOf) {
        var request = reader();
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.get("/api/v1/events/{id}", eventId).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> invitation(String eventId, String asOf) {
        var request = reader();
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        List<Map<String, Object>> rows = request.get("/api/v1/gatherings/{id}/invitations", InvitationsTest.G20)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).findFirst().orElseThrow();
    }

    /** Claim id to stance of a JSON list of claims or sources. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> stances(Object items) {
        Map<String, String> out = new TreeMap<>();
        ((List<Map<String, Object>>) items).forEach(i -> out.put((String) i.get("claimId"),
                (String) i.get("stance")));
        return out;
    }
}
