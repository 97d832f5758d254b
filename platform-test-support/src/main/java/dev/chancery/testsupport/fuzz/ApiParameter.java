package dev.chancery.testsupport.fuzz;

import java.util.List;

/** One parameter of an operation as its OpenAPI document describes it ({@code in} is path, query or header). */
public record ApiParameter(String name, String in, String type, String format, Long minimum, Long maximum,
        boolean required, List<String> allowed) {

    /** A value the parameter accepts, so that a request fuzzing another parameter gets past this one. */
    public String goodValue() {
        if (!allowed.isEmpty()) {
            return allowed.get(0);
        }
        return switch (type) {
            case "integer", "number" -> String.valueOf(minimum != null ? Math.max(minimum, 1) : 1);
            case "boolean" -> "true";
            default -> switch (format == null ? "" : format) {
                case "date-time" -> "2026-01-01T00:00:00Z";
                case "date" -> "2026-01-01";
                default -> "x";
            };
        };
    }
}
