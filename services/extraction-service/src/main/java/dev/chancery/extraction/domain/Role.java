package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ActorRole;

/** An entity playing a role in a claim frame. */
public record Role(Entity entity, ActorRole role) {
}
