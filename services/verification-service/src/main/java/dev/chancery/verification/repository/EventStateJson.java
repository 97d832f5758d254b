package dev.chancery.verification.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.verification.domain.EventState;

/** Event states as stored in the {@code events.state} jsonb column, written and read with the shared mapper. */
final class EventStateJson {
    private EventStateJson() {
    }

    static String write(EventState state) {
        try {
            return ChanceryJson.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event state cannot be written", e);
        }
    }

    static EventState read(String json) {
        try {
            return ChanceryJson.mapper().readValue(json, EventState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event state is unreadable", e);
        }
    }
}
