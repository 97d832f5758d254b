package dev.chancery.ingestion.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with a submitted article.
 *
 * @param field   the JSON field
 * @param code    stable machine-readable reason ({@code missing}, {@code unparseable-date}, ...)
 * @param message for a human
 */
public record Violation(String field, String code, String message) {

    /** The code that makes a whole article answer 413 rather than 400. */
    public static final String TOO_LARGE = "too-large";

    public Map<String, Object> asError() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
