package dev.chancery.verification.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An {@link EventLookup} over maps, for tests and benchmarks: every event kept, by key and by cited article.
 * {@link #store} saves outcomes as the wiring would. Not thread safe.
 */
public final class InMemoryEventLookup implements EventLookup {
    private final Map<ClusterKey, Map<String, EventState>> byKey = new HashMap<>();
    private final Map<String, Set<String>> eventIdsByArticle = new HashMap<>();
    private final Map<String, EventState> byId = new HashMap<>();
    private final Set<String> superseded = new HashSet<>();

    @Override
    public List<EventState> candidates(ClusterKey key, DateSpan window) {
        return byKey.getOrDefault(key, Map.of()).values().stream()
                .filter(e -> e.span() == null || e.span().overlaps(window)).toList();
    }

    @Override
    public List<EventState> citing(String articleId) {
        return eventIdsByArticle.getOrDefault(articleId, Set.of()).stream().map(byId::get)
                .filter(Objects::nonNull).filter(e -> e.cites(articleId)).toList();
    }

    @Override
    public boolean superseded(String articleId, String extractorVersion) {
        return superseded.contains(articleId + "\u001f" + extractorVersion);
    }

    public void markSuperseded(String articleId, String extractorVersion) {
        superseded.add(articleId + "\u001f" + extractorVersion);
    }

    public void store(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            EventState s = o.state();
            byKey.computeIfAbsent(s.key(), k -> new LinkedHashMap<>()).put(s.eventId(), s);
            byId.put(s.eventId(), s);
            s.claims().forEach(c -> eventIdsByArticle.computeIfAbsent(c.articleId(), a -> new HashSet<>()).add(s.eventId()));
        }
    }

    public List<EventState> all() {
        return new ArrayList<>(byId.values());
    }
}
