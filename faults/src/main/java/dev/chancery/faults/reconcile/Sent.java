package dev.chancery.faults.reconcile;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the driver sent and the platform accepted (201 or 200): article ids per channel (rest, batch, kafka). */
public record Sent(Map<String, Set<String>> acceptedByChannel) {

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
