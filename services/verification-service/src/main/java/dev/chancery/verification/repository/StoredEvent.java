package dev.chancery.verification.repository;

import dev.chancery.verification.domain.EventState;


/** An event as stored: its state (claims from its {@code event_claims} rows) and the version token of its row. */
public record StoredEvent(EventState state, long version) {

    public String eventId() {
        return state.eventId();
    }
}
