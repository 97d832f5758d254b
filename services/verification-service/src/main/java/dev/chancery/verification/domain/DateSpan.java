package dev.chancery.verification.domain;

import java.time.LocalDate;

/**
 * An inclusive range of days; a null bound is open. Used for the range a claim can refer to and for the hull of
 * an event's claims, which is what the persistence layer indexes to find candidate events.
 */
public record DateSpan(LocalDate start, LocalDate end) {

    public static final DateSpan ALL = new DateSpan(null, null);

    public boolean overlaps(DateSpan other) {
        if (other == null) {
            return true;
        }
        boolean startsBeforeOtherEnds = start == null || other.end == null || !start.isAfter(other.end);
        boolean otherStartsBeforeEnd = other.start == null || end == null || !other.start.isAfter(end);
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }

    public boolean contains(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    /** The smallest span covering both; a null argument is ignored. */
    public DateSpan union(DateSpan other) {
        if (other == null) {
            return this;
        }
        LocalDate s = start == null || other.start == null ? null : min(start, other.start);
        LocalDate e = end == null || other.end == null ? null : max(end, other.end);
        return new DateSpan(s, e);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
