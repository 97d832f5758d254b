package dev.chancery.verification.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Claims in time order: valid time (the claim's own date, else its publication day), then publication, then id, so
 * that "what was said last" does not depend on the order in which claims arrived.
 */
final class ClaimOrder {
    private ClaimOrder() {
    }

    /** The items in time order of their claims, each claim's valid day worked out once (not per comparison). */
    static <T> List<T> sorted(Collection<T> items, Function<T, ClaimSummary> claimOf) {
        record Keyed<T>(T item, ClaimSummary claim, LocalDate day) {
        }
        Comparator<Keyed<T>> order = Comparator.<Keyed<T>, LocalDate>comparing(Keyed::day,
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(k -> k.claim().publishedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(k -> k.claim().claimId());
        return items.stream().map(i -> new Keyed<>(i, claimOf.apply(i), validDay(claimOf.apply(i))))
                .sorted(order).map(Keyed::item).toList();
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
