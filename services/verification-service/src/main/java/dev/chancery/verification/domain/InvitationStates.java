package dev.chancery.verification.domain;

import dev.chancery.model.verdict.InvitationState;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code invitation-state-progression}: an invitation moves forward, INVITED &lt; CONSIDERING &lt;
 * ACCEPTED | DECLINED &lt; WITHDRAWN | EXCLUDED, so the state is the furthest one any claim of the current round
 * asserts (unless the invitee's own word decides, {@link InvitationChoice}). Between states of one rank, the better
 * supported wins: a participant's official word, then more independent outlets, then the latest publication, then
 * the name.
 */
final class InvitationStates {
    static final String RULE = "invitation-state-progression";
    static final Set<InvitationState> RESPONSES =
            EnumSet.of(InvitationState.CONSIDERING, InvitationState.ACCEPTED, InvitationState.DECLINED);

    private InvitationStates() {
    }

    static int rank(InvitationState s) {
        return switch (s) {
            case INVITED -> 0;
            case CONSIDERING -> 1;
            case ACCEPTED, DECLINED -> 2;
            case WITHDRAWN, EXCLUDED -> 3;
        };
    }

    static boolean terminal(InvitationState s) {
        return rank(s) == 3;
    }

    /** The state's supporters as a tally with no opposition, for ranking. */
    static Tally support(List<InvitationReading> readings, InvitationState state) {
        return new Tally(readings.stream().filter(r -> r.asserts() == state).map(InvitationReading::reading).toList(),
                List.of());
    }

    static Comparator<InvitationState> order(List<InvitationReading> readings) {
        return Comparator.<InvitationState>comparingInt(InvitationStates::rank)
                .thenComparing(s -> support(readings, s).participantAsserts())
                .thenComparingInt(s -> support(readings, s).outlets().size())
                .thenComparing(s -> support(readings, s).supporting().stream()
                        .map(r -> r.claim().publishedAt()).filter(java.util.Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(java.time.Instant.MIN))
                .thenComparing(Comparator.comparing(InvitationState::name).reversed());
    }
}
