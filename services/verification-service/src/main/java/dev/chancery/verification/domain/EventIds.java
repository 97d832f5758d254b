package dev.chancery.verification.domain;

import dev.chancery.model.fact.DeterministicIds;

/**
 * Deterministic diplomatic event ids: a name-based UUID of the cluster key and the event's anchor (a day, an open
 * period, or {@code invitation}), so that any replay, in any order, names an event the same.
 */
public final class EventIds {
    static final String NAMESPACE = "chancery.verification.event";

    private EventIds() {
    }

    public static String of(ClusterKey key, String anchor) {
        return DeterministicIds.of(NAMESPACE, key.family().name(), String.join(",", key.participants()),
                key.gathering(), anchor).toString();
    }
}
