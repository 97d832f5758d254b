package dev.chancery.testsupport.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One parameter of an operation as its OpenAPI document describes it ({@code in} is path, query or header), with its
 * documented example ({@code null}: none).
 */
public record ApiParameter(String name, String in, String type, String format, Long minimum, Long maximum,
        boolean required, List<String> allowed, String example) {

    /** Whether requests that fuzz another parameter send this one (with {@link #goodValue}). */
    public boolean inBaseline() {
        return required || example != null;
    }

    /** A value the parameter accepts, percent-encoded, so that a request fuzzing another gets past this one. */
    public String goodValue() {
        if (example != null) {
            return URLEncoder.encode(example, StandardCharsets.UTF_8).replace("+", "%20");
        }
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
