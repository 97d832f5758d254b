package dev.chancery.verification.domain;

import java.util.Collection;

/**
 * The days within which events of a key can be affected by a claim arriving or leaving: the claim's span, extended
 * back to 1 January of its first year so that the year's open event is found. Events whose span overlaps it are
 * the candidates. The invitation family, and claims with no span, search the whole key.
 */
public final class SearchWindow {
    private SearchWindow() {
    }

    public static DateSpan around(ClusterKey key, DateSpan span) {
        if (key.invitation() || span == null || span.start() == null) {
            return DateSpan.ALL;
        }
        return new DateSpan(span.start().withDayOfYear(1), span.end());
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
