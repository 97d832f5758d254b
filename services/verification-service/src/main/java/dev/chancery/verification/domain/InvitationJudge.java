package dev.chancery.verification.domain;

import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Judges an invitation event (one invitee, one gathering). {@code verdict} says how well the matter is established
 * (an invitation, a response to one, or an exclusion); {@code invitationState} is the furthest state claimed and
 * {@code stateVerdict} how well that state is established. Different responses contradict each other when of the
 * same rank (ACCEPTED vs DECLINED, rule {@code responses-contradict}), and the invitee's own official word of an
 * earlier response contradicts a later one that the invitee has not itself confirmed (rule
 * {@code invitee-speaks-for-itself}).
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
        Optional<InvitationState> state = read.stream().map(InvitationReading::asserts).filter(Objects::nonNull)
                .distinct().max(InvitationStates.order(read));
        TreeSet<String> against = new TreeSet<>(matter.opposingIds());
        Ruling stateRuling = null;
        if (state.isPresent()) {
            InvitationState s = state.get();
            Tally support = InvitationStates.support(read, s);
            List<ClaimReading> opposing = new ArrayList<>();
            read.stream().filter(r -> r.opposes() == s).forEach(r -> opposing.add(r.reading().as(Stance.CONTRADICTS, r.reading().rule())));
            contrary(read, s, invitee).forEach(opposing::add);
            stateRuling = Ruling.of(new Tally(support.supporting(), opposing), "state " + s + ": ");
            rationale.add(Rationale.naming(InvitationStates.RULE, "the furthest state claimed is " + s
                    + " (INVITED < CONSIDERING < ACCEPTED|DECLINED < WITHDRAWN|EXCLUDED)", support.supportingIds()));
            rationale.addAll(stateRuling.rationale());
            opposing.stream().filter(r -> r.rule().equals(INVITEE_SPEAKS) || r.rule().equals(RESPONSES_CONTRADICT))
                    .map(ClaimReading::rule).distinct().sorted()
                    .forEach(rule -> rationale.add(Rationale.naming(rule, text(rule, s), Tally.ids(opposing, r -> r.rule().equals(rule)))));
            opposing.forEach(r -> against.add(r.id()));
        }
        rationale.addAll(EventJudge.readingNotes(read.stream().map(InvitationReading::reading).toList()));
        List<String> claimsFor = matter.supportingIds().stream().filter(id -> !against.contains(id)).toList();
        return new Judgement(matterRuling.verdict(), state.orElse(null), stateRuling == null ? null : stateRuling.verdict(),
                claimsFor, List.copyOf(against), rationale);
    }

    /** Responses that contradict the chosen response state, read as contradicting it under their rule. */
    private static Stream<ClaimReading> contrary(List<InvitationReading> read, InvitationState s, String invitee) {
        if (!InvitationStates.RESPONSES.contains(s)) {
            return Stream.empty();
        }
        boolean inviteeConfirms = read.stream().anyMatch(r -> r.asserts() == s && r.byInviteeOfficially(invitee));
        return read.stream()
                .filter(r -> r.asserts() != null && r.asserts() != s && InvitationStates.RESPONSES.contains(r.asserts()))
                .flatMap(r -> {
                    int other = InvitationStates.rank(r.asserts());
                    if (other == InvitationStates.rank(s)) {
                        return Stream.of(r.reading().as(Stance.CONTRADICTS, RESPONSES_CONTRADICT));
                    }
                    boolean earlierByInvitee = other < InvitationStates.rank(s) && !inviteeConfirms
                            && r.byInviteeOfficially(invitee);
                    return earlierByInvitee ? Stream.of(r.reading().as(Stance.CONTRADICTS, INVITEE_SPEAKS)) : Stream.empty();
                });
    }

    private static String text(String rule, InvitationState s) {
        return rule.equals(INVITEE_SPEAKS)
                ? "the invitee's own official word contradicts " + s + " and the invitee has not confirmed it"
                : "another response of the same rank contradicts " + s;
    }
}
