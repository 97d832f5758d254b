package dev.chancery.ingestion.service;

import java.util.List;

/** Required and optional free-text fields: trimmed, non-empty, bounded; violations go to a shared list. */
final class TextFields {
    private final List<Violation> errors;

    TextFields(List<Violation> errors) {
        this.errors = errors;
    }

    /** The trimmed value, or null after recording why it is missing, empty or too long. */
    String required(String field, String value, int maxChars) {
        if (value == null) {
            errors.add(new Violation(field, "missing", "is required"));
            return null;
        }
        if (value.isBlank()) {
            errors.add(new Violation(field, "empty", "must not be empty"));
            return null;
        }
        return bounded(field, value.strip(), maxChars);
    }

    /** The trimmed value, null when absent or blank, or null after recording that it is too long. */
    String optional(String field, String value, int maxChars) {
        return value == null || value.isBlank() ? null : bounded(field, value.strip(), maxChars);
    }

    private String bounded(String field, String value, int maxChars) {
        if (value.length() > maxChars) {
            errors.add(new Violation(field, "too-long", "is longer than " + maxChars + " characters"));
            return null;
        }
        return value;
    }
}
