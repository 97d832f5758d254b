package dev.chancery.model.claim;

/**
 * An actor in a claim.
 *
 * @param id      canonical id ({@code KAZ}, {@code person:kassym-jomart-tokayev}, {@code org:g20}); null when unresolved
 * @param name    the mention as written, or the canonical name
 * @param kind    state, person, organisation, or unresolved
 * @param role    the part it plays in the claim
 * @param country ISO 3166-1 alpha-3 of the state the actor stands for, where known
 */
public record ActorRef(String id, String name, ActorKind kind, ActorRole role, String country) {
}
