package dev.chancery.query.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Places a batch of new versions, in topic order, among the existing versions of their keys exactly as applying
 * them one at a time would ({@link TransactionTimeline}): each new version also sees the ones placed before it in
 * the batch, whatever their recordedAt order.
 */
public final class BatchTimeline {
    private BatchTimeline() {
    }

    /** One new version as placed: the version it closed (or null), and whether it became the current one. */
    public record Placed<V>(V row, V closed, boolean current) {
    }

    /** Every placement in batch order, and the existing versions whose recorded_to changed (each once). */
    public record Plan<V>(List<Placed<V>> placed, List<V> closedExisting) {
    }

    public static <V extends Versioned, K> Plan<V> place(List<V> rows, Function<V, K> key,
            Map<K, List<V>> existing) {
        Set<V> fresh = identitySet();
        fresh.addAll(rows);
        Set<V> closed = identitySet();
        List<V> closedExisting = new ArrayList<>();
        Map<K, List<V>> timelines = new HashMap<>();
        List<Placed<V>> placed = new ArrayList<>(rows.size());
        for (V row : rows) {
            List<V> versions = timelines.computeIfAbsent(key.apply(row),
                    k -> new ArrayList<>(existing.getOrDefault(k, List.of())));
            TransactionTimeline.Placement<V> placement = TransactionTimeline.place(versions, row.recordedFrom());
            Instant to = TransactionTimeline.apply(placement, row.recordedFrom());
            if (to != null) {
                row.closeAt(to);
            }
            V previous = placement.toClose();
            if (previous != null && !fresh.contains(previous) && closed.add(previous)) {
                closedExisting.add(previous);
            }
            versions.add(row);
            placed.add(new Placed<>(row, previous, to == null));
        }
        return new Plan<>(placed, closedExisting);
    }

    private static <V> Set<V> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
