package dev.chancery.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** Articles in our own words for the poison test: a reported phone call, which extraction and verification know. */
final class Articles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Articles() {
    }

    /** A phone call between Kazakhstan's president and another, reported on that day of January 2026. */
    static String phoneCall(String outlet, int day, String president) {
        return submitted("https://poison-gazette.example/news/2026/01/%d/call".formatted(day), outlet, """
                ASTANA, Jan. %1$d - President Kassym-Jomart Tokayev spoke by telephone with President %2$s on \
                Jan. %1$d, the Akorda press service said. The presidents talked about grain transit and energy."""
                .formatted(day, president));
    }

    /** An article as the REST API and the Kafka intake take it. */
    static String submitted(String url, String outlet, String body) {
        try {
            return JSON.writeValueAsString(Map.of("url", url, "outlet", outlet, "outletKind", "NEWSPAPER",
                    "publishedAt", "2026-01-20T09:00:00Z", "language", "en", "dateline", "ASTANA",
                    "title", "Tokayev holds a phone call", "body", body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
