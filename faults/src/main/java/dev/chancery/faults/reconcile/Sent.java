package dev.chancery.faults.reconcile;

import dev.chancery.faults.poison.Poison;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the driver sent: the article ids the platform accepted (201 or 200) per channel (rest, batch, kafka), and
 * the poison records it wrote, by key.
 */
public record Sent(Map<String, Set<String>> acceptedByChannel, Map<String, Poison> poison) {

    public Sent(Map<String, Set<String>> acceptedByChannel) {
        this(acceptedByChannel, Map.of());
    }

    /** Every accepted article id, whichever channel took it. */
    public Set<String> articleIds() {
        Set<String> all = new TreeSet<>();
        acceptedByChannel.values().forEach(all::addAll);
        return all;
    }

    /** Accepted articles per channel, for the report. */
    public Map<String, Integer> countsByChannel() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        acceptedByChannel.forEach((channel, ids) -> counts.put(channel, ids.size()));
        return counts;
    }
}
