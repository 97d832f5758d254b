package dev.chancery.verification.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.verification.domain.EventState;

/** Event states and claim summaries as stored in jsonb columns, written and read with the shared mapper. */
final class EventStateJson {
    private EventStateJson() {
    }

    /** An event state, or one of its claim summaries. */
    static String write(Object value) {
        try {
            return ChanceryJson.mapper().writeValueAsString(value);
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
