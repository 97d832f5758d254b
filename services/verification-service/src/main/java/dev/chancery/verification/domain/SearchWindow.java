package dev.chancery.verification.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The days within which events of a key can be affected by a claim arriving or leaving: the claim's span, extended
 * to whole years (1 January of its first year to 31 December of its last) so that the open event of any of those
 * years is found: an open event holds claims whose spans start in its year, so its own span can lie anywhere in
 * that year, before or after the claim's. Events whose span overlaps it are the candidates. The invitation family,
 * and claims with no span, search the whole key.
 */
public final class SearchWindow {
    private SearchWindow() {
    }

    public static DateSpan around(ClusterKey key, DateSpan span) {
        if (key.invitation() || span == null || span.start() == null) {
            return DateSpan.ALL;
        }
        LocalDate end = span.end() == null ? null : span.end().withDayOfYear(span.end().lengthOfYear());
        return new DateSpan(span.start().withDayOfYear(1), end);
    }

    /** The window for removing these claims: around the hull of the events that hold them. */
    public static DateSpan aroundEvents(ClusterKey key, Collection<EventState> events) {
        DateSpan hull = null;
        for (EventState e : events) {
            if (e.span() == null) {
                return DateSpan.ALL;
            }
            hull = hull == null ? e.span() : hull.union(e.span());
        }
        return around(key, hull);
    }
}
