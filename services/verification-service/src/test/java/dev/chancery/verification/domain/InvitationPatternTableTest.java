package dev.chancery.verification.domain;

import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven, on the patterns of invitations to a new membership body: contested acceptances, withdrawals and
 * re-invitations, refusals with conditions. Each row: the claims about one invitee, the state, its verdict, the
 * claims held against it and a rule the rationale must name. Every row is also fed in reverse order.
 */
class InvitationPatternTableTest {
    static final String BODY = "gathering:board-of-peace";

    static Stream<Arguments> rows() {
        return Stream.of(
                row("host says accepted, invitee still studying", InvitationState.CONSIDERING, Verdict.DISPUTED,
                        List.of("host-yes"), "invitee-speaks-for-itself",
                        host("host-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-20T10:00:00Z"),
                        own("own-study", ClaimType.INVITATION_CONSIDERED).published("2026-01-21T10:00:00Z")),
                row("studying said before the host's claim still outweighs it", InvitationState.CONSIDERING,
                        Verdict.DISPUTED, List.of("host-yes"), "participants-contradict",
                        own("own-study", ClaimType.INVITATION_CONSIDERED).published("2026-01-19T10:00:00Z"),
                        host("host-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-22T10:00:00Z")),
                row("a later own acceptance resolves it", InvitationState.ACCEPTED, Verdict.CONFIRMED, List.of(),
                        "official-participant-asserts",
                        host("host-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-20T10:00:00Z"),
                        own("own-study", ClaimType.INVITATION_CONSIDERED).published("2026-01-21T10:00:00Z"),
                        own("own-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-23T10:00:00Z")),
                row("valid time before publication: an acceptance dated after the studying wins",
                        InvitationState.ACCEPTED, Verdict.CONFIRMED, List.of(), "official-participant-asserts",
                        own("own-yes", ClaimType.INVITATION_ACCEPTED).on("2026-01-22").published("2026-01-20T10:00:00Z"),
                        own("own-study", ClaimType.INVITATION_CONSIDERED).published("2026-01-21T10:00:00Z")),
                row("an own walk-back to studying is the latest word", InvitationState.CONSIDERING,
                        Verdict.CONFIRMED, List.of(), "official-participant-asserts",
                        own("own-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-20T10:00:00Z"),
                        own("own-study", ClaimType.INVITATION_CONSIDERED).published("2026-01-24T10:00:00Z")),
                row("a press report of acceptance against the invitee's studying", InvitationState.CONSIDERING,
                        Verdict.CONFIRMED, List.of("wire-yes"), "invitee-speaks-for-itself",
                        outlet("wire-yes", ClaimType.INVITATION_ACCEPTED, "Wire"),
                        own("own-study", ClaimType.INVITATION_CONSIDERED)),
                row("without the invitee's word, the furthest report stands", InvitationState.ACCEPTED,
                        Verdict.CONFIRMED, List.of(), "invitation-state-progression",
                        host("host-yes", ClaimType.INVITATION_ACCEPTED),
                        outlet("wire-study", ClaimType.INVITATION_CONSIDERED, "Wire")),
                row("host says accepted, invitee denies accepting", InvitationState.INVITED, Verdict.DISPUTED,
                        List.of("host-yes"), "invitee-speaks-for-itself",
                        host("host-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-20T10:00:00Z"),
                        own("own-deny", ClaimType.DENIAL).denies(ClaimType.INVITATION_ACCEPTED)
                                .published("2026-01-21T10:00:00Z")),
                row("\"has not accepted\" from the invitee, studying reported", InvitationState.CONSIDERING,
                        Verdict.DISPUTED, List.of("host-yes"), "invitee-speaks-for-itself",
                        host("host-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-20T10:00:00Z"),
                        outlet("wire-study", ClaimType.INVITATION_CONSIDERED, "Wire").published("2026-01-20T12:00:00Z"),
                        own("own-not", ClaimType.INVITATION_ACCEPTED).modality(Modality.NEGATED)
                                .published("2026-01-21T10:00:00Z")),
                row("an own denial, then an own acceptance", InvitationState.ACCEPTED, Verdict.CONFIRMED, List.of(),
                        "official-participant-asserts",
                        own("own-deny", ClaimType.DENIAL).denies(ClaimType.INVITATION_ACCEPTED)
                                .published("2026-01-21T10:00:00Z"),
                        own("own-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-25T10:00:00Z")),
                row("withdrawal after an acceptance", InvitationState.WITHDRAWN, Verdict.CONFIRMED, List.of(),
                        "invitation-state-progression",
                        host("invite", ClaimType.INVITATION).published("2026-01-16T10:00:00Z"),
                        own("own-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-18T10:00:00Z"),
                        host("withdraw", ClaimType.INVITATION_WITHDRAWN).published("2026-01-23T10:00:00Z")),
                row("an acceptance reported after the withdrawal does not undo it", InvitationState.WITHDRAWN,
                        Verdict.CONFIRMED, List.of(), "invitation-state-progression",
                        host("withdraw", ClaimType.INVITATION_WITHDRAWN).published("2026-01-23T10:00:00Z"),
                        outlet("late-yes", ClaimType.INVITATION_ACCEPTED, "Daily").published("2026-01-25T10:00:00Z")),
                row("a retelling of the old invitation does not re-open it", InvitationState.WITHDRAWN,
                        Verdict.CONFIRMED, List.of(), "invitation-state-progression",
                        host("invite", ClaimType.INVITATION).published("2026-01-16T10:00:00Z"),
                        host("withdraw", ClaimType.INVITATION_WITHDRAWN).published("2026-01-23T10:00:00Z"),
                        outlet("retold", ClaimType.INVITATION, "Daily").published("2026-01-26T10:00:00Z")),
                row("the host's new invitation re-opens it", InvitationState.INVITED, Verdict.CONFIRMED, List.of(),
                        "new-invitation-reopens",
                        own("own-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-18T10:00:00Z"),
                        host("withdraw", ClaimType.INVITATION_WITHDRAWN).published("2026-01-23T10:00:00Z"),
                        host("again", ClaimType.INVITATION).published("2026-02-02T10:00:00Z")),
                row("a report dated after the withdrawal re-opens it", InvitationState.INVITED, Verdict.REPORTED,
                        List.of(), "new-invitation-reopens",
                        host("withdraw", ClaimType.INVITATION_WITHDRAWN).on("2026-01-23"),
                        outlet("again", ClaimType.INVITATION, "Daily").on("2026-02-02")),
                row("after re-opening only the new round's responses count", InvitationState.DECLINED,
                        Verdict.CONFIRMED, List.of(), "official-participant-asserts",
                        own("own-yes", ClaimType.INVITATION_ACCEPTED).published("2026-01-18T10:00:00Z"),
                        host("withdraw", ClaimType.INVITATION_WITHDRAWN).published("2026-01-23T10:00:00Z"),
                        host("again", ClaimType.INVITATION).published("2026-02-02T10:00:00Z"),
                        own("own-no", ClaimType.INVITATION_DECLINED).published("2026-02-04T10:00:00Z")),
                row("a refusal citing reasons", InvitationState.DECLINED, Verdict.CONFIRMED, List.of(),
                        "official-participant-asserts",
                        host("invite", ClaimType.INVITATION),
                        own("own-no", ClaimType.INVITATION_DECLINED)),
                row("\"will not join unless\" is a refusal", InvitationState.DECLINED, Verdict.CONFIRMED, List.of(),
                        "conditional-decline-declines",
                        host("invite", ClaimType.INVITATION),
                        own("own-no", ClaimType.INVITATION_DECLINED).modality(Modality.HYPOTHETICAL)),
                row("a conditional refusal after studying", InvitationState.DECLINED, Verdict.CONFIRMED, List.of(),
                        "conditional-decline-declines",
                        outlet("wire-study", ClaimType.INVITATION_CONSIDERED, "Wire").published("2026-01-19T10:00:00Z"),
                        own("own-no", ClaimType.INVITATION_DECLINED).modality(Modality.HYPOTHETICAL)
                                .published("2026-01-21T10:00:00Z")),
                row("a refusal reported by the press", InvitationState.DECLINED, Verdict.REPORTED, List.of(),
                        "single-source",
                        outlet("wire-no", ClaimType.INVITATION_DECLINED, "Wire").modality(Modality.HYPOTHETICAL)),
                row("\"may decline\" says nothing", InvitationState.INVITED, Verdict.CONFIRMED, List.of(),
                        "hedged-does-not-assert",
                        host("invite", ClaimType.INVITATION),
                        outlet("maybe-no", ClaimType.INVITATION_DECLINED, "Wire").modality(Modality.HEDGED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void patternTable(String pattern, InvitationState state, Verdict stateVerdict, List<String> against, String rule,
            List<ClaimExtracted> claims) {
        List<ClaimExtracted> reversed = new ArrayList<>(claims);
        Collections.reverse(reversed);
        for (List<ClaimExtracted> order : List.of(claims, reversed)) {
            Judgement j = new Verification().feed(order.toArray(ClaimExtracted[]::new)).only().judgement();
            assertThat(j.invitationState()).as(pattern).isEqualTo(state);
            assertThat(j.stateVerdict()).as(pattern).isEqualTo(stateVerdict);
            assertThat(j.claimsAgainst()).as(pattern).containsExactlyElementsOf(against);
            assertThat(j.rationale()).extracting(Rationale::rule).as(pattern).contains(rule);
        }
    }

    static Arguments row(String pattern, InvitationState state, Verdict stateVerdict, List<String> against,
            String rule, ClaimBuilder... claims) {
        return Arguments.of(pattern, state, stateVerdict, against, rule,
                Arrays.stream(claims).map(ClaimBuilder::build).toList());
    }

    /** The inviter (USA) through its leader's statement. */
    static ClaimBuilder host(String id, ClaimType type) {
        return ClaimBuilder.claim(id, type).inviter("USA").invitee("HUN").to(BODY).by("USA", Channel.LEADER_STATEMENT);
    }

    /** The invitee (HUN) through its foreign ministry. */
    static ClaimBuilder own(String id, ClaimType type) {
        return ClaimBuilder.claim(id, type).invitee("HUN").to(BODY).by("HUN", Channel.FOREIGN_MINISTRY);
    }

    static ClaimBuilder outlet(String id, ClaimType type, String outlet) {
        return ClaimBuilder.claim(id, type).invitee("HUN").to(BODY).in(outlet);
    }
}
