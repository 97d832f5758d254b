package dev.chancery.query.ask;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A read endpoint with its query parameters, in a stable order.
 *
 * @param path  the path, e.g. {@code /api/v1/gatherings/gathering:g20-2026/invitations}
 * @param query query parameters by name (multi-valued ones comma-separated); empty when none
 */
public record Endpoint(String path, Map<String, String> query) {
    public Endpoint {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query == null ? Map.of() : query));
    }

    /** Path and URL-encoded query string, e.g. {@code /api/v1/contacts?actor=KAZ&type=VISIT}. */
    public String uri() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
