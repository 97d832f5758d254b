package dev.chancery.verification.domain;

import dev.chancery.model.verdict.InvitationState;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** Orders states by rank, then support; each state's support is counted once, not per comparison. */
    static Comparator<InvitationState> order(List<InvitationReading> readings) {
        Map<InvitationState, Tally> support = new EnumMap<>(InvitationState.class);
        readings.stream().map(InvitationReading::asserts).filter(Objects::nonNull).distinct()
                .forEach(s -> support.put(s, support(readings, s)));
        Map<InvitationState, Integer> outlets = new EnumMap<>(InvitationState.class);
        support.forEach((s, t) -> outlets.put(s, t.outlets().size()));
        Map<InvitationState, Instant> latest = new EnumMap<>(InvitationState.class);
        support.forEach((s, t) -> latest.put(s, t.supporting().stream().map(r -> r.claim().publishedAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(Instant.MIN)));
        Tally none = new Tally(List.of(), List.of());
        return Comparator.<InvitationState>comparingInt(InvitationStates::rank)
                .thenComparing(s -> support.getOrDefault(s, none).participantAsserts())
                .thenComparingInt(s -> outlets.getOrDefault(s, 0))
                .thenComparing(s -> latest.getOrDefault(s, Instant.MIN))
                .thenComparing(Comparator.comparing(InvitationState::name).reversed());
    }
}
