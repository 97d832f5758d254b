package dev.chancery.verification.domain;

import dev.chancery.model.verdict.InvitationState;

import java.util.List;
import java.util.Optional;

/**
 * The state of an invitation's current round: the furthest state claimed ({@link InvitationStates}), except that a
 * response is the invitee's own latest official word when it gave one (rule {@code invitee-speaks-for-itself}).
 * When that word denies a response ("we have not accepted"), the state is the furthest one others claim but the
 * denied one, else INVITED. A withdrawal or exclusion ends it whatever the invitee said.
 *
 * @param state   the state
 * @param ownWord the invitee's own latest official word on its response when that decided the state, or null
 */
record InvitationChoice(InvitationState state, InvitationReading ownWord) {

    /** The choice for the round (claims in time order); empty when no claim asserts a state. */
    static Optional<InvitationChoice> of(List<InvitationReading> round, String invitee) {
        Optional<InvitationState> furthest = furthest(round, null);
        if (furthest.isEmpty() || InvitationStates.terminal(furthest.get())) {
            return furthest.map(s -> new InvitationChoice(s, null));
        }
        Optional<InvitationReading> own = round.stream().filter(r -> r.byInviteeOfficially(invitee)
                && (InvitationStates.RESPONSES.contains(r.asserts()) || InvitationStates.RESPONSES.contains(r.opposes())))
                .reduce((earlier, later) -> later);
        if (own.isEmpty()) {
            return furthest.map(s -> new InvitationChoice(s, null));
        }
        InvitationReading word = own.get();
        InvitationState state = word.asserts() != null ? word.asserts()
                : furthest(round, word.opposes()).orElse(InvitationState.INVITED);
        return Optional.of(new InvitationChoice(state, word));
    }

    /** The own word when it denies a response: it supports the state. */
    InvitationReading denial() {
        return ownWord != null && ownWord.asserts() == null ? ownWord : null;
    }

    InvitationState denied() {
        return denial() == null ? null : ownWord.opposes();
    }

    private static Optional<InvitationState> furthest(List<InvitationReading> round, InvitationState except) {
        return round.stream().map(InvitationReading::asserts)
                .filter(s -> s != null && s != except).distinct().max(InvitationStates.order(round));
    }
}
