package dev.chancery.verification.domain;

import dev.chancery.model.verdict.InvitationState;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@code invitation-state-progression}: an invitation moves forward, INVITED &lt; CONSIDERING &lt;
 * ACCEPTED | DECLINED &lt; WITHDRAWN | EXCLUDED, so the state is the furthest one any claim of the current round
 * asserts. Between states of one rank, the better supported wins: a participant's official word, then more
 * independent outlets, then the latest publication, then the name. Rule {@code invitee-speaks-for-itself}: the
 * response (CONSIDERING, ACCEPTED, DECLINED) is the invitee's own latest official word when it has spoken, whatever
 * others say it answered; a withdrawal or exclusion still ends it.
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

    /**
     * The state of the round (claims in time order) and the response the invitee's own latest word denies, if it
     * denies one; empty when no claim asserts a state.
     */
    static Optional<Choice> of(List<InvitationReading> round, String invitee) {
        Optional<InvitationState> furthest = furthest(round, null);
        if (furthest.isEmpty() || terminal(furthest.get())) {
            return furthest.map(s -> new Choice(s, null));
        }
        Optional<InvitationReading> own = round.stream().filter(r -> r.byInviteeOfficially(invitee)
                && (RESPONSES.contains(r.asserts()) || RESPONSES.contains(r.opposes()))).reduce((a, b) -> b);
        if (own.isEmpty()) {
            return furthest.map(s -> new Choice(s, null));
        }
        InvitationReading word = own.get();
        if (word.asserts() != null) {
            return Optional.of(new Choice(word.asserts(), word));
        }
        // "we have not accepted": the furthest state others claim but the one denied; else only the invitation
        InvitationState denied = word.opposes();
        return Optional.of(new Choice(furthest(round, denied).orElse(InvitationState.INVITED), word));
    }

    private static Optional<InvitationState> furthest(List<InvitationReading> round, InvitationState except) {
        return round.stream().map(InvitationReading::asserts)
                .filter(s -> s != null && s != except).distinct().max(order(round));
    }

    /**
     * @param state   the state
     * @param ownWord the invitee's own latest official word on its response when that decided the state, or null
     */
    record Choice(InvitationState state, InvitationReading ownWord) {
        /** The own word when it denies a response ("we have not accepted"): it supports the state. */
        InvitationReading denial() {
            return ownWord != null && ownWord.asserts() == null ? ownWord : null;
        }

        InvitationState denied() {
            return denial() == null ? null : ownWord.opposes();
        }
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
