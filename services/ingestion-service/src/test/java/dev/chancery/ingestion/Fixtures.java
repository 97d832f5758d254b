package dev.chancery.ingestion;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.json.ChanceryJson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Article documents for the API tests, each with a URL of its own unless told otherwise. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A valid article; the URL path carries a fresh UUID so tests never collide. */
    public static Map<String, Object> article() {
        String slug = UUID.randomUUID().toString();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("url", "https://desk.example.com/diplomacy/" + slug + "?utm_source=test");
        a.put("outlet", "Example Desk");
        a.put("outletKind", "NEWSPAPER");
        a.put("publishedAt", "2026-01-19T16:45:00Z");
        a.put("language", "en");
        a.put("title", "Delegations agree on a date for the regional forum");
        a.put("body", "Delegations from four neighbouring states agreed on Friday to hold the regional forum in the "
                + "autumn, officials said after the talks. Reference " + slug + ".");
        a.put("author", "Desk reporter");
        a.put("dateline", "VIENNA");
        return a;
    }

    public static Map<String, Object> article(String field, Object value) {
        Map<String, Object> a = article();
        a.put(field, value);
        return a;
    }

    public static String json(Map<String, Object> article) {
        try {
            return ChanceryJson.mapper().writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
