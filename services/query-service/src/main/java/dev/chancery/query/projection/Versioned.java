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
        return !recordedFrom().isAfter(asOf) && (recordedTo() == null || recordedTo().isAfter(asOf));
    }
}
