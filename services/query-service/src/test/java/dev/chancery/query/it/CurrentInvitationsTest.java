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
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.chancery.query.it.Api.await;
import static dev.chancery.query.it.Api.reader;
import static dev.chancery.query.it.TestFacts.actor;
import static dev.chancery.query.it.TestFacts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Reads as of now are shared per version of a gathering's events: a new version is seen at once, a claim arriving
 * after its verdict still appears, and the answer equals the one computed for an explicit asOf. Sources are cut to
 * the requested number with the total kept.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class CurrentInvitationsTest {
    static final String GATHERING = "gathering:g20-2025";
    static final Instant T0 = Instant.parse("2025-10-01T12:00:00Z");

    @Test
    void aNewVersionOrALateClaimChangesTheSharedAnswerAtOnce() {
        String eventId = unique("ev-cache");
        List<ActorRef> actors = actors();
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.INVITATION, actors, GATHERING, null);
        String first = unique("c-first");
        Judgement invited = TestFacts.judgement(Verdict.REPORTED, InvitationState.INVITED, List.of(first), List.of());
        FactPublisher.publish(TestFacts.verified(eventId, event, invited), T0);
        await("the invitation", () -> row(current(50, "oldest"), eventId) != null);
        assertThat(row(current(50, "oldest"), eventId).get("sourceCount")).isEqualTo(0);

        // the claim arrives after its verdict: no new event version, yet the answer must now list it
        String article = unique("a");
        FactPublisher.publish(TestFacts.article(article, "Reuters", T0.minusSeconds(600)), T0.minusSeconds(500));
        FactPublisher.publish(claim(first, article, T0.minusSeconds(600)), T0.minusSeconds(400));
        await("the late claim", () -> row(current(50, "oldest"), eventId).get("sourceCount").equals(1));

        String second = unique("c-second");
        String secondArticle = unique("a");
        FactPublisher.publish(TestFacts.article(secondArticle, "AP", T0.plusSeconds(3000)), T0.plusSeconds(3050));
        FactPublisher.publish(claim(second, secondArticle, T0.plusSeconds(3000)), T0.plusSeconds(3100));
        Judgement accepted = TestFacts.judgement(Verdict.CONFIRMED, InvitationState.ACCEPTED, List.of(first, second),
                List.of());
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, invited, accepted), T0.plusSeconds(3600));
        await("the acceptance", () -> "ACCEPTED".equals(row(current(50, "oldest"), eventId).get("status")));
        await("both sources", () -> row(current(50, "oldest"), eventId).get("sourceCount").equals(2));

        Map<String, Object> shared = row(current(50, "oldest"), eventId);
        Map<String, Object> computed = row(reader().queryParam("asOf", Instant.now().toString())
                .get("/api/v1/gatherings/{id}/invitations", GATHERING).then().statusCode(200).extract().jsonPath()
                .getList("$"), eventId);
        assertThat(shared).isEqualTo(computed);
        assertThat(shared.get("sourceCount")).isEqualTo(2);
    }

    @Test
    void noCacheReadsTheCurrentAnswerAndOtherReadsSayHowOldTheirsIs() {
        String eventId = unique("ev-stale");
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.INVITATION, actors(), GATHERING, null);
        Judgement invited = TestFacts.judgement(Verdict.REPORTED, InvitationState.INVITED, List.of(), List.of());
        FactPublisher.publish(TestFacts.verified(eventId, event, invited), T0);
        await("the invitation", () -> row(current(50, "oldest"), eventId) != null);

        Judgement declined = TestFacts.judgement(Verdict.REPORTED, InvitationState.DECLINED, List.of(), List.of());
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, invited, declined), T0.plusSeconds(60));
        // an explicit asOf never goes through the shared answer: the revision is applied once this shows it
        await("the revision applied", () -> "DECLINED".equals(row(reader().queryParam("asOf", Instant.now()
                .toString()).get("/api/v1/gatherings/{id}/invitations", GATHERING).then().statusCode(200).extract()
                .jsonPath().getList("$"), eventId).get("status")));

        // the first read may get the previous answer (with its age) while it starts computing the new one
        var response = reader().get("/api/v1/gatherings/{id}/invitations", GATHERING).then().statusCode(200)
                .extract();
        int age = Integer.parseInt(response.header("Age"));
        assertThat(age).isBetween(0, 2);
        Map<String, Object> first = row(response.jsonPath().getList("$"), eventId);
        assertThat(first.get("status")).isIn("INVITED", "DECLINED");
        Map<String, Object> fresh = row(reader().header("Cache-Control", "no-cache")
                .get("/api/v1/gatherings/{id}/invitations", GATHERING).then().statusCode(200).header("Age", "0")
                .extract().jsonPath().getList("$"), eventId);
        assertThat(fresh.get("status")).isEqualTo("DECLINED");
        // the current answer is now the shared one
        assertThat(row(current(50, "oldest"), eventId).get("status")).isEqualTo("DECLINED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void sourcesAreCutToTheRequestedNumberFromEitherEnd() {
        String eventId = unique("ev-many");
        List<ActorRef> actors = actors();
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String claimId = unique("c-" + i);
            String article = unique("a");
            Instant published = T0.plusSeconds(86_400L * i);
            FactPublisher.publish(TestFacts.article(article, "Outlet " + i, published), published);
            FactPublisher.publish(claim(claimId, article, published), published.plusSeconds(60));
            claims.add(claimId);
        }
        Judgement judgement = TestFacts.judgement(Verdict.CORROBORATED, InvitationState.INVITED, claims, List.of());
        FactPublisher.publish(TestFacts.verified(eventId,
                new DiplomaticEvent(ClaimType.INVITATION, actors, GATHERING, null), judgement), T0.plusSeconds(500_000));
        await("five sources", () -> row(current(50, "oldest"), eventId) != null
                && ((List<?>) row(current(50, "oldest"), eventId).get("sources")).size() == 5);

        Map<String, Object> oldest = row(current(2, "oldest"), eventId);
        assertThat(oldest.get("sourceCount")).isEqualTo(5);
        assertThat(((List<Map<String, Object>>) oldest.get("sources"))).extracting(s -> s.get("claimId"))
                .containsExactly(claims.get(0), claims.get(1));
        Map<String, Object> newest = row(current(2, "newest"), eventId);
        assertThat(((List<Map<String, Object>>) newest.get("sources"))).extracting(s -> s.get("claimId"))
                .containsExactly(claims.get(4), claims.get(3));
        assertThat((List<?>) row(current(0, "oldest"), eventId).get("sources")).isEmpty();

        for (var bad : List.of(Map.of("sources", "501"), Map.of("sources", "-1"), Map.of("sourceOrder", "middle"))) {
            reader().queryParams(bad).get("/api/v1/gatherings/{id}/invitations", GATHERING).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://chancery.dev/problems/invalid-sources"));
        }
    }

    private static List<ActorRef> actors() {
        return List.of(actor("person:" + unique("host"), ActorRole.INVITER, "ZAF"),
                actor("person:" + unique("guest"), ActorRole.INVITEE, "KAZ"));
    }

    private static dev.chancery.model.claim.ClaimExtracted claim(String claimId, String article, Instant published) {
        return TestFacts.claim(claimId, article, ClaimType.INVITATION, actors(), GATHERING, null,
                "The host said the guest had been invited to the summit in Johannesburg.", "Reuters", published);
    }

    private static List<Map<String, Object>> current(int sources, String order) {
        return reader().queryParam("sources", sources).queryParam("sourceOrder", order)
                .get("/api/v1/gatherings/{id}/invitations", GATHERING).then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String eventId) {
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).findFirst().orElse(null);
    }
}
