package dev.chancery.verification.repository;

import dev.chancery.verification.domain.EventState;

import java.util.Map;

/**
 * An event as stored: its state, the version token of its row and the position of each of its claim rows.
 *
 * @param positions claim id to {@code event_claims.position}, increasing in the order of {@code state.claims()}
 */
public record StoredEvent(EventState state, long version, Map<String, Integer> positions) {

    public StoredEvent {
        positions = Map.copyOf(positions);
    }

    public String eventId() {
        return state.eventId();
    }
}
