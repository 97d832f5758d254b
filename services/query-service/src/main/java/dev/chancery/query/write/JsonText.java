package dev.chancery.query.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.json.ChanceryJson;

/** Writes values as JSON text for text columns. */
final class JsonText {
    private JsonText() {
    }

    static String of(Object value) {
        try {
            return ChanceryJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON", e);
        }
    }
}
