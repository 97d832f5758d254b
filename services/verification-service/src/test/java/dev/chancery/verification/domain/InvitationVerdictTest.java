package dev.chancery.verification.domain;

import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;
import org.junit.jupiter.api.Test;

import static dev.chancery.verification.domain.ClaimBuilder.claim;
import static org.assertj.core.api.Assertions.assertThat;

/** Invitation states and their verdicts. */
class InvitationVerdictTest {
    static final String G20 = "gathering:g20-2026";

    @Test
    void inviterSaysAcceptedInviteeStillStudyingIsConfirmedInvitationWithDisputedResponse() {
        Verification v = new Verification().feed(
                claim("trump", ClaimType.INVITATION_ACCEPTED).inviter("USA").invitee("KAZ").to(G20)
                        .by("USA", Channel.LEADER_STATEMENT).build(),
                claim("astana", ClaimType.INVITATION_CONSIDERED).invitee("KAZ").to(G20)
                        .by("KAZ", Channel.FOREIGN_MINISTRY).in("Kazinform").build());

        var j = v.only().judgement();
        assertThat(j.verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(j.invitationState()).isEqualTo(InvitationState.CONSIDERING);
        assertThat(j.stateVerdict()).isEqualTo(Verdict.DISPUTED);
        assertThat(j.claimsAgainst()).containsExactly("trump");
        assertThat(j.claimsFor()).containsExactly("astana");
        assertThat(j.rationale()).extracting(Rationale::rule)
                .contains("response-implies-invitation", "invitee-speaks-for-itself", "participants-contradict");
    }

    @Test
    void inviteesOwnAcceptanceSettlesItsEarlierStudying() {
        Verification v = new Verification().feed(
                claim("astana-1", ClaimType.INVITATION_CONSIDERED).invitee("KAZ").to(G20).by("KAZ", Channel.FOREIGN_MINISTRY).build(),
                claim("astana-2", ClaimType.INVITATION_ACCEPTED).invitee("KAZ").to(G20).by("KAZ", Channel.PRESS_SERVICE).build());

        assertThat(v.only().judgement().invitationState()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(v.only().judgement().stateVerdict()).isEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void withdrawnInvitationMovesToWithdrawnKeepingItsHistory() {
        Verification v = new Verification().feed(
                claim("invite", ClaimType.INVITATION).inviter("USA").invitee("ZAF").to(G20)
                        .by("USA", Channel.PRESS_SERVICE).modality(Modality.PLANNED).build(),
                claim("withdraw", ClaimType.INVITATION_WITHDRAWN).inviter("USA").invitee("ZAF").to(G20)
                        .by("USA", Channel.SOCIAL_MEDIA_POST).build());

        EventState e = v.only();
        assertThat(e.judgement().invitationState()).isEqualTo(InvitationState.WITHDRAWN);
        assertThat(e.judgement().stateVerdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(e.claims()).extracting(ClaimSummary::claimId).containsExactly("invite", "withdraw");
        VerdictRevised revised = (VerdictRevised) v.published.get(1);
        assertThat(revised.previous().invitationState()).isEqualTo(InvitationState.INVITED);
        assertThat(revised.standing().invitationState()).isEqualTo(InvitationState.WITHDRAWN);
        assertThat(revised.claims().forAdded()).containsExactly("withdraw");
        assertThat(revised.triggerClaimId()).isEqualTo("withdraw");
    }

    @Test
    void hostsAnnouncementOfExclusionMakesItExcluded() {
        Verification v = new Verification().feed(claim("no-zaf", ClaimType.EXCLUSION).inviter("USA").invitee("ZAF")
                .to(G20).by("USA", Channel.LEADER_STATEMENT).modality(Modality.PLANNED).build());

        assertThat(v.only().judgement().invitationState()).isEqualTo(InvitationState.EXCLUDED);
        assertThat(v.only().judgement().stateVerdict()).isEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void hostSayingItWillNotInviteIsAnExclusion() {
        Verification v = new Verification().feed(claim("no-zaf", ClaimType.INVITATION).inviter("USA").invitee("ZAF")
                .to(G20).by("USA", Channel.LEADER_STATEMENT).modality(Modality.NEGATED).build());

        assertThat(v.only().judgement().invitationState()).isEqualTo(InvitationState.EXCLUDED);
        assertThat(v.only().judgement().rationale()).extracting(Rationale::rule).contains("host-negation-excludes");
    }

    @Test
    void responseWithoutInviterClustersWithTheInvitation() {
        Verification v = new Verification().feed(
                claim("invite", ClaimType.INVITATION).inviter("USA").invitee("KAZ").to(G20).in("Reuters").build(),
                claim("decline", ClaimType.INVITATION_DECLINED).invitee("KAZ").to(G20).by("KAZ", Channel.SPOKESPERSON).build());

        assertThat(v.only().judgement().invitationState()).isEqualTo(InvitationState.DECLINED);
        assertThat(v.only().judgement().verdict()).isEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void acceptedAndDeclinedContradict() {
        Verification v = new Verification().feed(
                claim("yes", ClaimType.INVITATION_ACCEPTED).invitee("KAZ").to(G20).in("Reuters").build(),
                claim("no", ClaimType.INVITATION_DECLINED).invitee("KAZ").to(G20).in("AP").build());

        assertThat(v.only().judgement().stateVerdict()).isEqualTo(Verdict.DISPUTED);
        assertThat(v.only().judgement().rationale()).extracting(Rationale::rule).contains("responses-contradict");
    }

    @Test
    void membershipOfABodyAndItsFirstMeetingAreTwoInvitationsWithNoInferenceBetweenThem() {
        String body = "gathering:board-of-peace";
        String meeting = "gathering:board-of-peace-2026-01";
        Verification v = new Verification().feed(
                claim("join", ClaimType.INVITATION).inviter("USA").invitee("KAZ").to(body).by("USA", Channel.LEADER_STATEMENT).build(),
                claim("joined", ClaimType.INVITATION_ACCEPTED).invitee("KAZ").to(body).by("KAZ", Channel.PRESS_SERVICE).build(),
                claim("attend", ClaimType.INVITATION).inviter("USA").invitee("KAZ").to(meeting).in("Wire").build());

        assertThat(v.live()).hasSize(2);
        var byGathering = new java.util.TreeMap<String, EventState>();
        v.live().forEach(e -> byGathering.put(e.key().gathering(), e));
        assertThat(byGathering.get(body).judgement().invitationState()).isEqualTo(InvitationState.ACCEPTED);
        assertThat(byGathering.get(meeting).judgement().invitationState()).isEqualTo(InvitationState.INVITED);
        assertThat(byGathering.get(meeting).claims()).extracting(ClaimSummary::claimId).containsExactly("attend");
        assertThat(byGathering.get(meeting).eventId()).isNotEqualTo(byGathering.get(body).eventId());
    }
}
