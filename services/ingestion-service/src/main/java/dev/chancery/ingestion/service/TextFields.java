package dev.chancery.ingestion.service;

import java.util.List;

/**
 * Required and optional free-text fields: trimmed, non-empty, storable text, bounded; violations go to a shared list.
 */
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
        if (!isStorableText(value)) {
            // PostgreSQL refuses NUL in text and jsonb, and an unpaired surrogate has no UTF-8 form: refused here,
            // not as a failed insert (500, or 503 'store-unavailable' that tells a client to retry for ever)
            errors.add(new Violation(field, "invalid-characters", "holds a NUL or an unpaired surrogate"));
            return null;
        }
        if (value.length() > maxChars) {
            errors.add(new Violation(field, "too-long", "is longer than " + maxChars + " characters"));
            return null;
        }
        return value;
    }

    static boolean isStorableText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
