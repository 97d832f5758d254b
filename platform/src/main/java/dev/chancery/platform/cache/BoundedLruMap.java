package dev.chancery.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A thread-safe map of at most {@code capacity} entries that drops the least recently used one when full: the one
 * in-process cache shape the services use (verified tokens, sources by claim row).
 */
public final class BoundedLruMap<K, V> {
    private final Map<K, V> entries;

    public BoundedLruMap(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value, or null; a hit counts as a use. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized int size() {
        return entries.size();
    }
}
