package dev.chancery.model.claim;

/** What an actor mention resolved to; UNRESOLVED mentions keep their text and have no id. */
public enum ActorKind {
    STATE, PERSON, ORGANISATION, UNRESOLVED
}
