package dev.chancery.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PLOVER-format JSON array. Actor fields come in several shapes: a list of {code, ...} objects, a list of
 * strings, a plain string, null or absent; blank codes are dropped. A missing or unreadable date falls back to
 * 2000-01-01 (the records' own placeholder date).
 */
public final class PloverReader {
    static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    private PloverReader() {
    }

    public static List<PloverRecord> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("not a JSON array of PLOVER records: " + file);
        }
        List<PloverRecord> out = new ArrayList<>();
        for (JsonNode r : root) {
            out.add(new PloverRecord(r.path("id").asText(), date(r.path("date").asText("")), r.path("text").asText(""),
                    r.path("event").asText(""), r.path("mode").asText(""), r.path("eventText").asText(""),
                    codes(r.get("source")), codes(r.get("target"))));
        }
        return out;
    }

    static List<String> codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        if (actors == null || actors.isNull()) {
            return out;
        }
        for (JsonNode a : actors.isArray() ? actors : List.of(actors)) {
            String code = (a.isObject() ? a.path("code") : a).asText("").trim();
            if (!code.isEmpty() && !code.equals("null")) {
                out.add(code);
            }
        }
        return out;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return NO_DATE;
        }
    }
}
