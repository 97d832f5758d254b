package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;

import java.util.ArrayList;
import java.util.List;

/**
 * What an article has said so far, for light coreference: the last person named and the last person who was a
 * sentence's subject (for "he"), the last
 * group of two or more actors (for "the two", "both of these leaders"), the last gathering (for "the board",
 * "the summit") and the frames already read (for denials and responses). One per article, not shared.
 */
public final class DiscourseContext {
    private Entity lastPerson;
    private Entity lastSubject;
    private List<Entity> lastGroup = List.of();
    private String lastGathering;
    private final List<Frame> frames = new ArrayList<>();
    private String socialPoster;

    /** Id of the last speaker quoted from a social media post, or null. */
    public String socialPoster() {
        return socialPoster;
    }

    void socialPoster(String id) {
        socialPoster = id;
    }

    public Entity lastPerson() {
        return lastPerson;
    }

    public List<Entity> lastGroup() {
        return lastGroup;
    }

    public String lastGathering() {
        return lastGathering;
    }

    public List<Frame> frames() {
        return frames;
    }

    void person(Entity e) {
        lastPerson = e;
    }

    /** The person who was the subject of the last sentence that had one (for a sentence-initial "he"). */
    public Entity lastSubject() {
        return lastSubject;
    }

    void subject(Entity e) {
        if (e != null) {
            lastSubject = e;
        }
    }

    void group(List<Entity> g) {
        if (g.size() >= 2) {
            lastGroup = List.copyOf(g);
        }
    }

    void gathering(String id) {
        if (id != null) {
            lastGathering = id;
        }
    }

    void frame(Frame f) {
        frames.add(f);
        gathering(f.gathering());
        List<Entity> actors = f.roles().stream().map(Role::entity).toList();
        if (actors.size() >= 2 && !f.type().isInvitationFamily()) {
            group(actors);
        }
    }

    /** The most recent frame of a type, or null. */
    public Frame last(ClaimType type) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (type == null || frames.get(i).type() == type) {
                return frames.get(i);
            }
        }
        return null;
    }

    /** The most recent invitation-family frame naming the state as invitee, or null. */
    public Frame invitationOf(String country) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (f.type().isInvitationFamily() && f.roles().stream().anyMatch(r -> r.role() == ActorRole.INVITEE
                    && country != null && country.equals(r.entity().country()))) {
                return f;
            }
        }
        return null;
    }
}
