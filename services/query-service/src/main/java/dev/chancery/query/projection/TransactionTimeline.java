package dev.chancery.query.projection;

import java.time.Instant;
import java.util.List;

/**
 * Where a new version recorded at a transaction time goes among the existing versions of one key: the version
 * current at that time is closed there, and the new one stays current until the next later version, if any.
 * Out-of-order arrival therefore gives the same timeline as in-order arrival.
 */
public final class TransactionTimeline {
    private TransactionTimeline() {
    }

    /** The version to close (or null) and the new version's recorded_to (null when it becomes current). */
    public record Placement<V extends Versioned>(V toClose, Instant newRecordedTo) {
    }

    public static <V extends Versioned> Placement<V> place(List<V> versions, Instant recordedAt) {
        V covering = null;
        Instant nextLater = null;
        for (V v : versions) {
            if (v.recordedFrom().isAfter(recordedAt)) {
                if (nextLater == null || v.recordedFrom().isBefore(nextLater)) {
                    nextLater = v.recordedFrom();
                }
            } else if (v.recordedTo() == null || v.recordedTo().isAfter(recordedAt)) {
                covering = v;
            }
        }
        if (covering == null) {
            return new Placement<>(null, nextLater);
        }
        return new Placement<>(covering, covering.recordedTo());
    }

    /** Applies a placement: closes the covered version at {@code recordedAt}. */
    public static <V extends Versioned> Instant apply(Placement<V> placement, Instant recordedAt) {
        if (placement.toClose() != null) {
            placement.toClose().closeAt(recordedAt);
        }
        return placement.newRecordedTo();
    }
}
