package dev.chancery.query.projection;

import java.time.Instant;

/** A projection row valid in transaction time from {@link #recordedFrom()} until {@link #recordedTo()} (exclusive). */
public interface Versioned {

    Instant recordedFrom();

    /** When the row stopped being current, or null while it is. */
    Instant recordedTo();

    /** Ends the row's validity at {@code instant}. */
    void closeAt(Instant instant);

    /** True when the row was the current one at {@code asOf}. */
    default boolean currentAt(Instant asOf) {
        return covers(recordedFrom(), recordedTo(), asOf);
    }

    /** True when the interval {@code [from, to)} (to null: open) holds {@code asOf}. */
    static boolean covers(Instant from, Instant to, Instant asOf) {
        return !from.isAfter(asOf) && (to == null || to.isAfter(asOf));
    }
}
