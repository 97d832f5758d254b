package dev.chancery.query.rest;

import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.projection.InvitationFilter;
import dev.chancery.query.projection.Paging;
import dev.chancery.query.projection.SourceLimit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parsing and validation of the common read parameters: asOf, page, size, dates. */
final class ReadParams {
    private ReadParams() {
    }

    /** A required actor parameter, trimmed: an actor id or the alpha-3 code of the country it stands for. */
    static String actor(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("missing-" + name, name + " is required (an actor id or alpha-3 code)");
        }
        return value.trim();
    }

    /** The item found, or a 404 problem naming what was looked for. */
    static <T> T found(Optional<T> item, String what, String id) {
        return item.orElseThrow(() -> ProblemException.notFound(what, id));
    }

    /** The asOf transaction time: an ISO-8601 instant or offset date-time; now when absent. */
    static Instant asOf(String text) {
        if (text == null || text.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-as-of",
                    "asOf must be an ISO-8601 instant such as 2026-01-20T12:00:00Z, not '" + text + "'");
        }
    }

    /**
     * How stale an answer as of now may be: the configured bound, or less if the request's Cache-Control asks
     * ({@code no-cache} or {@code max-age=0}: current; {@code max-age=N}: at most N seconds). Other directives, and
     * malformed ones, are ignored, as HTTP caches do.
     */
    static Duration maxStale(String cacheControl, Duration configured) {
        Duration bound = configured;
        if (cacheControl == null) {
            return bound;
        }
        for (String directive : cacheControl.split(",")) {
            String d = directive.trim().toLowerCase(java.util.Locale.ROOT);
            if (d.equals("no-cache")) {
                return Duration.ZERO;
            }
            if (d.startsWith("max-age=") && d.substring(8).matches("\\d{1,9}")) {
                Duration asked = Duration.ofSeconds(Long.parseLong(d.substring(8)));
                bound = asked.compareTo(bound) < 0 ? asked : bound;
            }
        }
        return bound;
    }

    static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date", name + " must be an ISO-8601 date such as 2025-12-23");
        }
    }

    static Set<String> statuses(String text) {
        try {
            return InvitationFilter.statuses(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-status",
                    "status must list INVITED, ACCEPTED, DECLINED, CONSIDERING, WITHDRAWN or EXCLUDED");
        }
    }

    /** {@code sources} (0-500) and {@code sourceOrder} ({@code oldest} or {@code newest}). */
    static SourceLimit sourceLimit(int max, String order) {
        String o = order == null ? "oldest" : order.trim().toLowerCase(java.util.Locale.ROOT);
        if (max < 0 || max > SourceLimit.MAX || !(o.equals("oldest") || o.equals("newest"))) {
            throw ProblemException.badRequest("invalid-sources", "sources must be between 0 and " + SourceLimit.MAX
                    + " and sourceOrder 'oldest' or 'newest'");
        }
        return new SourceLimit(max, o.equals("newest"));
    }

    static <T> List<T> page(List<T> all, int page, int size) {
        if (page < 0 || size < 1 || size > Paging.MAX_SIZE) {
            throw ProblemException.badRequest("invalid-page",
                    "page must be >= 0 and size between 1 and " + Paging.MAX_SIZE);
        }
        return Paging.page(all, page, size);
    }
}
