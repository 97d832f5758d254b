package dev.chancery.verification.repository;

import dev.chancery.verification.domain.ClusterKey;
import dev.chancery.verification.domain.DateSpan;
import dev.chancery.verification.domain.EventLookup;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.domain.Outcome;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@link EventLookup} of one batch transaction: the candidate events of the batch's keys, read once at its
 * start ({@link BatchEventLoader}), overlaid with the states the batch has produced so far (read-your-writes), and
 * the superseded extractor versions of its articles. Remembers which events changed, to write each once at the end.
 */
public final class BatchEventLookup implements EventLookup {
    private final Map<String, Map<String, EventState>> byKey = new HashMap<>();
    private final Set<String> superseded;
    private final Map<String, EventState> changed = new LinkedHashMap<>();
    private final Map<String, StoredEvent> originals = new HashMap<>();

    BatchEventLookup(Collection<String> keys, List<StoredEvent> loaded, Set<String> superseded) {
        keys.forEach(k -> byKey.put(k, new TreeMap<>()));
        loaded.forEach(e -> originals.put(e.eventId(), e));
        List<EventState> states = loaded.stream().map(StoredEvent::state).toList();
        states.forEach(this::put);
        this.superseded = superseded;
    }

    /** In event id order, as the SQL lookup returns them. */
    @Override
    public List<EventState> candidates(ClusterKey key, DateSpan window) {
        Map<String, EventState> events = byKey.get(key.canonical());
        if (events == null) {
            throw new IllegalStateException("cluster key " + key.canonical() + " was not loaded for this batch");
        }
        return events.values().stream().filter(e -> CandidateFilter.matches(e.span(), window)).toList();
    }

    @Override
    public List<EventState> citing(String articleId) {
        throw new UnsupportedOperationException("supersession is applied in a transaction of its own");
    }

    @Override
    public boolean superseded(String articleId, String extractorVersion) {
        return superseded.contains(BatchEventLoader.pair(articleId, extractorVersion));
    }

    /** Keeps the outcomes' states as the current ones for the rest of the batch. */
    public void store(List<Outcome> outcomes) {
        outcomes.forEach(o -> changed.put(o.state().eventId(), put(o.state())));
    }

    /** The final state of every event the batch changed. */
    public Collection<EventState> changed() {
        return changed.values();
    }

    /** The events as read at the start of the batch, by event id: what the changed states are written against. */
    public Map<String, StoredEvent> originals() {
        return originals;
    }

    /**
     * Citations of the changed events that were not stored when the batch began: per event, the articles of its
     * claims that its state as read did not cite (compared per event, since an event may hold hundreds of claims).
     */
    public Set<Citation> newCitations() {
        Set<Citation> out = new LinkedHashSet<>();
        for (EventState state : changed.values()) {
            StoredEvent original = originals.get(state.eventId());
            Set<String> cited = new HashSet<>();
            if (original != null) {
                original.state().claims().forEach(c -> cited.add(c.articleId()));
            }
            state.claims().forEach(c -> {
                if (cited.add(c.articleId())) {
                    out.add(new Citation(c.articleId(), state.eventId()));
                }
            });
        }
        return out;
    }

    private EventState put(EventState state) {
        byKey.computeIfAbsent(state.key().canonical(), k -> new TreeMap<>()).put(state.eventId(), state);
        return state;
    }
}
