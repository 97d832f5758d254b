package dev.chancery.query.ask;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one actor did, in valid-time order ("what has Uzbekistan done?"), answered by
 * {@code GET /api/v1/actors/{actorId}/timeline}.
 *
 * @param actorId alpha-3 of a state (people resolve to their state) or an {@code org:} id
 */
public record Timeline(String actorId) implements Interpretation {
    public Timeline {
        Objects.requireNonNull(actorId, "actorId");
    }

    @Override
    public String describe() {
        return "Timeline of " + actorId + ", in the order things happened.";
    }

    @Override
    public Optional<Endpoint> endpoint() {
        return Optional.of(new Endpoint("/api/v1/actors/" + actorId + "/timeline", Map.of()));
    }
}
