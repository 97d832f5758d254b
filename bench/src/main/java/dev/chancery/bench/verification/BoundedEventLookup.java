package dev.chancery.bench.verification;

import dev.chancery.verification.domain.ClusterKey;
import dev.chancery.verification.domain.DateSpan;
import dev.chancery.verification.domain.EventLookup;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@link EventLookup} that keeps at most {@code capacity} events, least recently used out first, with an index by
 * cluster key: it stands in for PostgreSQL plus a cache, so the benchmark's memory does not grow with the events.
 * Evicted events are gone; {@link #misses} counts claims that found an evicted event's key had lost events.
 */
final class BoundedEventLookup implements EventLookup {
    private final Map<ClusterKey, Set<String>> idsByKey = new HashMap<>();
    private final LinkedHashMap<String, EventState> events;
    long evictions;

    BoundedEventLookup(int capacity) {
        this.events = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, EventState> eldest) {
                if (size() <= capacity) {
                    return false;
                }
                Set<String> ids = idsByKey.get(eldest.getValue().key());
                if (ids != null && ids.remove(eldest.getKey()) && ids.isEmpty()) {
                    idsByKey.remove(eldest.getValue().key());
                }
                evictions++;
                return true;
            }
        };
    }

    @Override
    public List<EventState> candidates(ClusterKey key, DateSpan window) {
        List<EventState> found = new ArrayList<>();
        for (String id : idsByKey.getOrDefault(key, Set.of())) {
            EventState e = events.get(id);
            if (e != null && (e.span() == null || e.span().overlaps(window))) {
                found.add(e);
            }
        }
        return found;
    }

    @Override
    public List<EventState> citing(String articleId) {
        return List.of();
    }

    void store(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            EventState s = o.state();
            idsByKey.computeIfAbsent(s.key(), k -> new LinkedHashSet<>()).add(s.eventId());
            events.put(s.eventId(), s);
        }
    }

    int size() {
        return events.size();
    }
}
