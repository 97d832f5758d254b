package dev.chancery.verification.domain;

import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.chancery.verification.domain.ClaimBuilder.call;
import static dev.chancery.verification.domain.ClaimBuilder.claim;
import static dev.chancery.verification.domain.ClaimBuilder.denial;
import static org.assertj.core.api.Assertions.assertThat;

/** Cluster keys, event ids and date placement. */
class ClusteringTest {

    @Test
    void keyIgnoresActorOrderAndUsesTheStateOfAPerson() {
        ActorRef tokayev = new ActorRef("person:kassym-jomart-tokayev", "Tokayev", ActorKind.PERSON, ActorRole.PARTICIPANT, "KAZ");
        var a = ClusterKeys.of(call("1").between("USA").actor(tokayev).build());
        var b = ClusterKeys.of(call("2").between("KAZ", "USA").build());
        assertThat(a).isEqualTo(b).containsExactly(new ClusterKey(ClaimType.PHONE_CALL, List.of("KAZ", "USA"), null));
    }

    @Test
    void unresolvedActorsCannotCluster() {
        ActorRef envoy = new ActorRef(null, "a visiting envoy", ActorKind.UNRESOLVED, ActorRole.PARTICIPANT, null);
        assertThat(ClusterKeys.of(call("1").between("KAZ").actor(envoy).build())).isEmpty();
        assertThat(ClusterKeys.of(call("2").between("KAZ").build())).isEmpty();
    }

    @Test
    void denialClustersWithTheEventItDenies() {
        assertThat(ClusterKeys.of(denial("1", ClaimType.PHONE_CALL).between("USA", "KAZ").build()))
                .isEqualTo(ClusterKeys.of(call("2").between("KAZ", "USA").build()));
    }

    @Test
    void invitationFamilyClustersPerInviteeAndGathering() {
        var invite = ClusterKeys.of(claim("1", ClaimType.INVITATION).inviter("USA").invitee("KAZ").invitee("UZB").to("gathering:g20-2026").build());
        var decline = ClusterKeys.of(claim("2", ClaimType.INVITATION_DECLINED).invitee("KAZ").to("gathering:g20-2026").build());
        assertThat(invite).hasSize(2).contains(decline.get(0));
        assertThat(ClusterKeys.of(claim("3", ClaimType.INVITATION_ACCEPTED).invitee("KAZ").build())).isEmpty();
    }

    @Test
    void eventIdsAreDeterministic() {
        var key = new ClusterKey(ClaimType.PHONE_CALL, List.of("KAZ", "USA"), null);
        assertThat(EventIds.of(key, "2025-12-23")).isEqualTo(EventIds.of(key, "2025-12-23"))
                .isNotEqualTo(EventIds.of(key, "2025-12-03"));
    }

    @Test
    void callsOnTwoDaysAreTwoEvents() {
        Verification v = new Verification().feed(call("a").between("KAZ", "USA").on("2025-12-03").build(),
                call("b").between("KAZ", "USA").on("2025-12-23").build());
        assertThat(v.live()).hasSize(2);
    }

    @Test
    void monthClaimCompatibleWithTwoDaysJoinsTheLatestNotAfterPublication() {
        Verification v = new Verification().feed(
                call("m").between("KAZ", "USA").inMonth("2025-12").in("Herald").published("2025-12-20T00:00:00Z").build(),
                call("a").between("KAZ", "USA").on("2025-12-03").build(),
                call("b").between("KAZ", "USA").on("2025-12-23").in("AP").build());
        EventState dec3 = v.live().stream().filter(e -> e.anchor().equals("2025-12-03")).findFirst().orElseThrow();
        assertThat(dec3.claims()).extracting(ClaimSummary::claimId).containsExactly("a", "m");
        assertThat(dec3.judgement().verdict()).isEqualTo(Verdict.CORROBORATED);
    }

    @Test
    void anEarlierClaimOfTheSameYearJoinsTheYearsOpenEventInsteadOfOpeningItAgain() {
        // the open event of 2025 spans November; a March claim of the same year must find it (found by the bench)
        Verification v = new Verification().feed(call("nov").between("KAZ", "USA").inMonth("2025-11").build(),
                call("mar").between("KAZ", "USA").inMonth("2025-03").build());
        EventState open = v.only();
        assertThat(open.anchor()).isEqualTo("open:2025");
        assertThat(open.claims()).extracting(ClaimSummary::claimId).containsExactly("mar", "nov");
        assertThat(v.published).hasSize(2).first().isInstanceOf(dev.chancery.model.verdict.EventVerified.class);
        assertThat(v.published.get(1)).isInstanceOf(dev.chancery.model.verdict.VerdictRevised.class);
    }

    @Test
    void monthClaimAloneOpensAnEventThatADayClaimLaterAbsorbs() {
        Verification v = new Verification().feed(call("m").between("KAZ", "USA").inMonth("2025-12").build());
        EventState open = v.only();
        assertThat(open.anchor()).isEqualTo("open:2025");
        assertThat(open.event().date().precision()).isEqualTo(dev.chancery.model.claim.DatePrecision.MONTH);

        v.feed(call("d").between("KAZ", "USA").on("2025-12-23").in("AP").build());
        assertThat(v.only().anchor()).isEqualTo("2025-12-23");
        EventState emptied = v.store.all().stream().filter(e -> e.eventId().equals(open.eventId())).findFirst().orElseThrow();
        assertThat(emptied.claims()).isEmpty();
        assertThat(emptied.judgement().verdict()).isNull();
        assertThat(emptied.judgement().rationale().get(0).rule()).isEqualTo("no-claims-left");
        assertThat(emptied.revision()).isEqualTo(2);
    }
}
