package dev.chancery.query.it;

import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.query.projection.ChangedGatherings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.chancery.query.it.FactPublisher.fact;
import static dev.chancery.query.it.TestFacts.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** Which gatherings a live batch signals as changed: its claims', its verdicts' events', none for articles. */
class ChangedGatheringsTest {
    static final Instant AT = Instant.parse("2025-11-20T10:00:00Z");

    @Test
    void claimsAndVerdictsNameTheirGatheringsOnceArticlesAndContactsNone() {
        var actors = List.of(actor("p1", ActorRole.INVITER, "ZAF"), actor("p2", ActorRole.INVITEE, "BRA"));
        var toG20 = new DiplomaticEvent(ClaimType.INVITATION, actors, "gathering:g20-2025", null);
        var call = new DiplomaticEvent(ClaimType.PHONE_CALL, actors, null, null);
        Judgement invited = TestFacts.judgement(Verdict.REPORTED, InvitationState.INVITED, List.of(), List.of());
        Judgement accepted = TestFacts.judgement(Verdict.REPORTED, InvitationState.ACCEPTED, List.of(), List.of());
        Judgement reported = TestFacts.judgement(Verdict.REPORTED, null, List.of(), List.of());
        var batch = List.of(
                fact(TestFacts.article("a1", "Reuters", AT), AT),
                fact(TestFacts.claim("c1", "a1", ClaimType.INVITATION, actors, "gathering:cop30", null,
                        "The host said the guest was invited to the climate talks.", "Reuters", AT), AT),
                fact(TestFacts.claim("c2", "a1", ClaimType.PHONE_CALL, actors, null, null,
                        "The two presidents spoke by phone.", "Reuters", AT), AT),
                fact(TestFacts.verified("e1", toG20, invited), AT),
                fact(TestFacts.revised("e1", 2, toG20, invited, accepted), AT),
                fact(TestFacts.verified("e2", call, reported), AT));
        assertThat(ChangedGatherings.of(batch)).containsExactly("gathering:cop30", "gathering:g20-2025");
        assertThat(ChangedGatherings.of(batch.subList(0, 1))).isEmpty();
    }
}
