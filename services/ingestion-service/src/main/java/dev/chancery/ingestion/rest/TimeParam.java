package dev.chancery.ingestion.rest;

import dev.chancery.platform.rest.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads a {@code from}/{@code to} query parameter: an ISO-8601 date-time with offset, or a date (midnight UTC). */
final class TimeParam {
    private TimeParam() {
    }

    static Instant parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ProblemException.badRequest("invalid-parameter",
                        name + "='" + value + "' is neither an ISO-8601 date-time with offset nor a date");
            }
        }
    }
}
