package dev.chancery.verification.domain;

import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges an invitation event (one invitee, one gathering). {@code verdict} says how well the matter is established
 * (an invitation, a response to one, or an exclusion); {@code invitationState} is the state of the current round
 * ({@link InvitationRounds}, {@link InvitationChoice}) and {@code stateVerdict} how well that state is established
 * ({@link InvitationStateRuling}).
 */
final class InvitationJudge {

    private InvitationJudge() {
    }

    static Judgement judge(ClusterKey key, List<ClaimReading> readings) {
        String invitee = key.participants().get(0);
        List<InvitationReading> read = readings.stream().map(r -> InvitationReading.of(r, invitee)).toList();
        Tally matter = Tally.of(read.stream().map(InvitationReading::onMatterReading).toList());
        Ruling matterRuling = Ruling.of(matter, "");
        List<Rationale> rationale = new ArrayList<>(matterRuling.rationale());
        Optional<InvitationStateRuling> state = InvitationStateRuling.of(InvitationRounds.of(read), invitee);
        Set<String> against = new HashSet<>(matter.opposingIds());
        List<String> supporting = new ArrayList<>(matter.supportingIds());
        state.ifPresent(s -> {
            rationale.addAll(s.rationale());
            against.addAll(s.opposing());
            // the state's support is the matter's, but for the invitee's own denial of a response
            Set<String> known = new HashSet<>(supporting);
            s.supporting().stream().filter(id -> !known.contains(id)).forEach(supporting::add);
        });
        rationale.addAll(EventJudge.readingNotes(read.stream().map(InvitationReading::reading).toList()));
        List<String> claimsFor = supporting.stream().filter(id -> !against.contains(id)).sorted().toList();
        List<String> claimsAgainst = against.stream().sorted().toList();
        return new Judgement(matterRuling.verdict(), state.map(InvitationStateRuling::state).orElse(null),
                state.map(InvitationStateRuling::verdict).orElse(null), claimsFor, claimsAgainst, rationale);
    }
}
