package dev.chancery.verification.domain;

import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How well an invitation's state is established, from the claims of its current round: the verdict table applied
 * to the claims for the state against those that contradict it. Different responses of the same rank contradict
 * each other (ACCEPTED vs DECLINED, rule {@code responses-contradict}); responses others claim beyond the invitee's
 * own latest official word, or that word denies, contradict it (rule {@code invitee-speaks-for-itself}).
 *
 * @param rationale  the rules behind the state and its verdict
 * @param supporting ids of the claims for the state
 * @param opposing   ids of the claims against it
 */
record InvitationStateRuling(InvitationState state, Verdict verdict, List<Rationale> rationale,
                             List<String> supporting, List<String> opposing) {
    static final String INVITEE_SPEAKS = "invitee-speaks-for-itself";
    static final String RESPONSES_CONTRADICT = "responses-contradict";

    static Optional<InvitationStateRuling> of(InvitationRounds rounds, String invitee) {
        List<InvitationReading> round = rounds.current();
        return InvitationChoice.of(round, invitee).map(chosen -> {
            InvitationState s = chosen.state();
            List<ClaimReading> support = new ArrayList<>(InvitationStates.support(round, s).supporting());
            if (chosen.denial() != null) {
                support.add(chosen.denial().reading().as(Stance.ASSERTS, INVITEE_SPEAKS));
            }
            List<ClaimReading> opposing = new ArrayList<>();
            // once the invitee's own latest word decided, its earlier words are history, not against it
            round.stream().filter(r -> r.opposes() == s && !(chosen.ownWord() != null && r.byInviteeOfficially(invitee)))
                    .forEach(r -> opposing.add(r.reading().as(Stance.CONTRADICTS, r.reading().rule())));
            contrary(round, chosen, invitee).forEach(opposing::add);
            Tally tally = new Tally(support, opposing);
            Ruling ruling = Ruling.of(tally, "state " + s + ": ");
            List<Rationale> rationale = new ArrayList<>();
            rationale.add(Rationale.naming(InvitationStates.RULE, "the state is " + s
                    + " (INVITED < CONSIDERING < ACCEPTED|DECLINED < WITHDRAWN|EXCLUDED; a response is the invitee's"
                    + " own latest official word when it gave one)", tally.supportingIds()));
            if (!rounds.reopenedBy().isEmpty()) {
                rationale.add(Rationale.naming(InvitationRounds.RULE, "a new invitation after a withdrawal or exclusion"
                        + " re-opened it: only claims from then on decide the state",
                        rounds.reopenedBy().stream().map(r -> r.reading().id()).toList()));
            }
            rationale.addAll(ruling.rationale());
            Stream.of(INVITEE_SPEAKS, RESPONSES_CONTRADICT).sorted()
                    .filter(rule -> opposing.stream().anyMatch(r -> r.rule().equals(rule)))
                    .forEach(rule -> rationale.add(Rationale.naming(rule, text(rule, s),
                            Tally.ids(opposing, r -> r.rule().equals(rule)))));
            return new InvitationStateRuling(s, ruling.verdict(), rationale, tally.supportingIds(), tally.opposingIds());
        });
    }

    /**
     * Responses others claim that contradict the chosen state: the response the invitee's own latest word denies;
     * else, for a response, one of the same rank or one beyond the invitee's own word (only possible when the
     * invitee spoke). The invitee's own earlier words are its history, not against.
     */
    private static Stream<ClaimReading> contrary(List<InvitationReading> round, InvitationChoice chosen,
            String invitee) {
        InvitationState s = chosen.state();
        if (chosen.denied() != null) {
            return round.stream().filter(r -> r.asserts() == chosen.denied() && !r.byInviteeOfficially(invitee))
                    .map(r -> r.reading().as(Stance.CONTRADICTS, INVITEE_SPEAKS));
        }
        if (!InvitationStates.RESPONSES.contains(s)) {
            return Stream.empty();
        }
        return round.stream()
                .filter(r -> r.asserts() != s && InvitationStates.RESPONSES.contains(r.asserts())
                        && !r.byInviteeOfficially(invitee))
                .flatMap(r -> {
                    int other = InvitationStates.rank(r.asserts());
                    if (other == InvitationStates.rank(s)) {
                        return Stream.of(r.reading().as(Stance.CONTRADICTS, RESPONSES_CONTRADICT));
                    }
                    return other > InvitationStates.rank(s)
                            ? Stream.of(r.reading().as(Stance.CONTRADICTS, INVITEE_SPEAKS)) : Stream.empty();
                });
    }

    private static String text(String rule, InvitationState s) {
        return rule.equals(INVITEE_SPEAKS)
                ? "others claim a response that the invitee's own latest official word does not give (state " + s + ")"
                : "another response of the same rank contradicts " + s;
    }
}
