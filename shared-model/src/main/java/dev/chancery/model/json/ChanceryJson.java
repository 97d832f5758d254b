package dev.chancery.model.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON mapping of payloads: ISO-8601 times, explicit nulls, unknown fields tolerated. */
public final class ChanceryJson {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private ChanceryJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Applies Chancery's settings to a mapper owned by a framework (Quarkus customizer). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
