package dev.chancery.verification.domain;

import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Judges an invitation event (one invitee, one gathering). {@code verdict} says how well the matter is established
 * (an invitation, a response to one, or an exclusion); {@code invitationState} is the state of the current round
 * ({@link InvitationRounds}, {@link InvitationStates}) and {@code stateVerdict} how well that state is established.
 * Different responses of the same rank contradict each other (ACCEPTED vs DECLINED, rule
 * {@code responses-contradict}), and responses that others claim beyond the invitee's own latest official word
 * contradict it (rule {@code invitee-speaks-for-itself}).
 */
final class InvitationJudge {
    static final String INVITEE_SPEAKS = "invitee-speaks-for-itself";
    static final String RESPONSES_CONTRADICT = "responses-contradict";

    private InvitationJudge() {
    }

    static Judgement judge(ClusterKey key, List<ClaimReading> readings) {
        String invitee = key.participants().get(0);
        List<InvitationReading> read = readings.stream().map(r -> InvitationReading.of(r, invitee)).toList();
        Tally matter = Tally.of(read.stream().map(InvitationReading::onMatterReading).toList());
        Ruling matterRuling = Ruling.of(matter, "");
        List<Rationale> rationale = new ArrayList<>(matterRuling.rationale());
        InvitationRounds rounds = InvitationRounds.of(read);
        List<InvitationReading> round = rounds.current();
        Optional<InvitationStates.Choice> choice = InvitationStates.of(round, invitee);
        Optional<InvitationState> state = choice.map(InvitationStates.Choice::state);
        TreeSet<String> against = new TreeSet<>(matter.opposingIds());
        TreeSet<String> supporting = new TreeSet<>(matter.supportingIds());
        Ruling stateRuling = null;
        if (state.isPresent()) {
            InvitationState s = state.get();
            InvitationStates.Choice chosen = choice.get();
            Tally support = InvitationStates.support(round, s);
            if (chosen.denial() != null) {
                support = new Tally(Stream.concat(support.supporting().stream(),
                        Stream.of(chosen.denial().reading().as(Stance.ASSERTS, INVITEE_SPEAKS))).toList(), List.of());
            }
            List<ClaimReading> opposing = new ArrayList<>();
            // once the invitee's own latest word decided, its earlier words are history, not against it
            round.stream().filter(r -> r.opposes() == s && !(chosen.ownWord() != null && r.byInviteeOfficially(invitee)))
                    .forEach(r -> opposing.add(r.reading().as(Stance.CONTRADICTS, r.reading().rule())));
            contrary(round, chosen, invitee).forEach(opposing::add);
            stateRuling = Ruling.of(new Tally(support.supporting(), opposing), "state " + s + ": ");
            rationale.add(Rationale.naming(InvitationStates.RULE, "the state is " + s
                    + " (INVITED < CONSIDERING < ACCEPTED|DECLINED < WITHDRAWN|EXCLUDED; a response is the invitee's"
                    + " own latest official word when it gave one)", support.supportingIds()));
            if (!rounds.reopenedBy().isEmpty()) {
                rationale.add(Rationale.naming(InvitationRounds.RULE, "a new invitation after a withdrawal or exclusion"
                        + " re-opened it: only claims from then on decide the state",
                        rounds.reopenedBy().stream().map(r -> r.reading().id()).toList()));
            }
            rationale.addAll(stateRuling.rationale());
            opposing.stream().filter(r -> r.rule().equals(INVITEE_SPEAKS) || r.rule().equals(RESPONSES_CONTRADICT))
                    .map(ClaimReading::rule).distinct().sorted()
                    .forEach(rule -> rationale.add(Rationale.naming(rule, text(rule, s), Tally.ids(opposing, r -> r.rule().equals(rule)))));
            opposing.forEach(r -> against.add(r.id()));
            supporting.addAll(support.supportingIds());
        }
        rationale.addAll(EventJudge.readingNotes(read.stream().map(InvitationReading::reading).toList()));
        List<String> claimsFor = supporting.stream().filter(id -> !against.contains(id)).toList();
        return new Judgement(matterRuling.verdict(), state.orElse(null), stateRuling == null ? null : stateRuling.verdict(),
                claimsFor, List.copyOf(against), rationale);
    }

    /**
     * Responses others claim that contradict the chosen state: the response the invitee's own latest word denies;
     * else, for a response, one of the same rank or one beyond the invitee's own word (only possible when the
     * invitee spoke). The invitee's own earlier words are its history, not against.
     */
    private static Stream<ClaimReading> contrary(List<InvitationReading> round, InvitationStates.Choice chosen,
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
