package dev.chancery.query.ask;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Invitations issued by one actor ("whom did Trump invite?"), answered by
 * {@code GET /api/v1/invitations?inviter={actorId}}.
 *
 * @param actorId the inviter: alpha-3 of a state (people resolve to their state) or an {@code org:} id
 */
public record InvitationsBy(String actorId) implements Interpretation {
    public InvitationsBy {
        Objects.requireNonNull(actorId, "actorId");
    }

    @Override
    public String describe() {
        return "Invitations issued by " + actorId + ", to any gathering.";
    }

    @Override
    public Optional<Endpoint> endpoint() {
        return Optional.of(new Endpoint("/api/v1/invitations", Map.of("inviter", actorId)));
    }
}
