package dev.chancery.ingestion.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads {@code publishedAt}: an ISO-8601 date-time with an offset, not further ahead than the allowed skew. */
final class PublicationTime {
    private final Clock clock;
    private final Duration maxFutureSkew;

    PublicationTime(Clock clock, Duration maxFutureSkew) {
        this.clock = clock;
        this.maxFutureSkew = maxFutureSkew;
    }

    Instant parse(String value, List<Violation> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Violation("publishedAt", "missing", "is required (ISO-8601 date-time with offset)"));
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new Violation("publishedAt", "unparseable-date", "'" + value + "' is not an ISO-8601 date-time"
                    + (isLocal(value) ? " with an offset (add Z or +hh:mm)" : "")));
            return null;
        }
        if (at.isAfter(clock.instant().plus(maxFutureSkew))) {
            errors.add(new Violation("publishedAt", "published-in-future",
                    "'" + value + "' is more than " + maxFutureSkew.toHours() + " hours in the future"));
            return null;
        }
        return at;
    }

    private static boolean isLocal(String value) {
        try {
            LocalDateTime.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
