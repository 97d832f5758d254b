package dev.chancery.verification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        // written out rather than chained: an invitation's claims are sorted each time it is judged, and the
        // chained comparator's calls per comparison cost more than the comparison itself on C1
        Comparator<Keyed<T>> order = (a, b) -> {
            int byDay = compareNullsFirst(a.day(), b.day());
            if (byDay != 0) {
                return byDay;
            }
            int byPublication = compareNullsFirst(a.claim().publishedAt(), b.claim().publishedAt());
            return byPublication != 0 ? byPublication : a.claim().claimId().compareTo(b.claim().claimId());
        };
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            ClaimSummary claim = claimOf.apply(item);
            keyed.add(new Keyed<>(item, claim, validDay(claim)));
        }
        keyed.sort(order);
        List<T> out = new ArrayList<>(keyed.size());
        keyed.forEach(k -> out.add(k.item()));
        return Collections.unmodifiableList(out);
    }

    private static <C extends Comparable<? super C>> int compareNullsFirst(C a, C b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
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
