package dev.chancery.verification.domain;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Claims in time order: valid time (the claim's own date, else its publication day), then publication, then id, so
 * that "what was said last" does not depend on the order in which claims arrived.
 */
final class ClaimOrder {
    static final Comparator<ClaimSummary> BY_TIME = Comparator
            .comparing(ClaimOrder::validDay, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ClaimSummary::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ClaimSummary::claimId);

    private ClaimOrder() {
    }

    /** The first day the claim speaks of: its own date's start, else its publication day, else null. */
    static LocalDate validDay(ClaimSummary c) {
        return hasOwnDate(c) ? c.date().start() : c.publishedDay();
    }

    /** True when the claim carries a date of its own (not read from its publication). */
    static boolean hasOwnDate(ClaimSummary c) {
        return c.date() != null && c.date().start() != null;
    }

    /** True when {@code later}'s valid day is known and strictly after {@code earlier}'s. */
    static boolean dayAfter(ClaimSummary later, ClaimSummary earlier) {
        LocalDate l = validDay(later);
        LocalDate e = validDay(earlier);
        return l != null && (e == null || l.isAfter(e));
    }
}
