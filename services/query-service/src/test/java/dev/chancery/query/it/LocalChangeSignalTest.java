package dev.chancery.query.it;

import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.testsupport.TestInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.chancery.query.it.Api.await;
import static dev.chancery.query.it.Api.reader;
import static dev.chancery.query.it.TestFacts.actor;
import static dev.chancery.query.it.TestFacts.unique;

/**
 * A change this replica's live consumer commits is seen by the next reads of the gathering, however long the
 * version recheck and the staleness allowed: here both are an hour, so without the commit's signal the second
 * verdict would stay unseen for that hour.
 */
@QuarkusTest
@TestProfile(LocalChangeSignalTest.HourLongRecheck.class)
@QuarkusTestResource(TestInfrastructureResource.class)
class LocalChangeSignalTest {
    static final String GATHERING = "gathering:cis-2025";
    static final Instant T0 = Instant.parse("2025-11-01T12:00:00Z");

    /** Reads trust a confirmed answer for an hour and may serve it for an hour while a newer one is computed. */
    public static class HourLongRecheck implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chancery.query.current.version-recheck", "1h",
                    "chancery.query.current.max-staleness", "1h");
        }
    }

    @Test
    void aVerdictThisReplicaAppliedIsReadWithoutWaitingOutTheRecheck() {
        String eventId = unique("ev-signal");
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.INVITATION, List.of(
                actor(unique("p"), ActorRole.INVITER, "ZAF"), actor(unique("p"), ActorRole.INVITEE, "BRA")),
                GATHERING, null);
        Judgement invited = TestFacts.judgement(Verdict.REPORTED, InvitationState.INVITED, List.of(), List.of());
        FactPublisher.publish(TestFacts.verified(eventId, event, invited), T0);
        await("the invitation", () -> "INVITED".equals(status(eventId)));

        Judgement accepted = TestFacts.judgement(Verdict.REPORTED, InvitationState.ACCEPTED, List.of(), List.of());
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, invited, accepted), T0.plusSeconds(60));
        await("the acceptance, through reads that would trust the first answer for an hour",
                () -> "ACCEPTED".equals(status(eventId)));
    }

    private static String status(String eventId) {
        List<Map<String, Object>> rows = reader().get("/api/v1/gatherings/{id}/invitations", GATHERING).then()
                .statusCode(200).extract().jsonPath().getList("$");
        return rows.stream().filter(r -> eventId.equals(r.get("eventId"))).map(r -> (String) r.get("status"))
                .findFirst().orElse(null);
    }
}
