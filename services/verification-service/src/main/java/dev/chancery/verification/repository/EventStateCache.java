package dev.chancery.verification.repository;

import dev.chancery.platform.cache.BoundedLruMap;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * The event states this replica last read or wrote, by event id, each with the version token of its row: a state is
 * used only while the stored row still carries that token, so a write by another replica (or a rolled-back write of
 * this one) is never read stale.
 */
@Singleton
public class EventStateCache {
    private final BoundedLruMap<String, StoredEvent> events;

    @Inject
    public EventStateCache(StateCacheConfig config) {
        this(config.maxEvents());
    }

    /** A cache of its own, as another replica has. */
    public EventStateCache(int maxEvents) {
        this.events = new BoundedLruMap<>(maxEvents);
    }

    /** The cached event if its row still has this version, else null. */
    public StoredEvent get(String eventId, long version) {
        StoredEvent cached = events.get(eventId);
        return cached != null && cached.version() == version ? cached : null;
    }

    public void putAll(Collection<StoredEvent> stored) {
        stored.forEach(e -> events.put(e.eventId(), e));
    }

    public int size() {
        return events.size();
    }
}
