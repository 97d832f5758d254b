package dev.chancery.extraction.domain.syntax;

import java.util.Locale;

/** Whether the extractor may parse: AUTO parses the sentences the rules are unsure of, OFF never parses. */
public enum ParserMode {
    AUTO, OFF;

    /** System property (and Quarkus config key) that chooses the mode. */
    public static final String PROPERTY = "chancery.extraction.parser";

    public static ParserMode of(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "auto", "on", "true" -> AUTO;
            case "off", "false", "none" -> OFF;
            default -> throw new IllegalArgumentException(PROPERTY + " must be auto or off, not " + value);
        };
    }

    /** The mode the system property asks for; AUTO when unset. */
    public static ParserMode configured() {
        return of(System.getProperty(PROPERTY));
    }
}
