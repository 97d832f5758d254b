package dev.chancery.query.ask;

import java.util.Optional;

/**
 * What a free-text question means: one record per question family, each carrying the parameters of the
 * read endpoint that answers it, or {@link Uninterpretable} when the question could not be mapped.
 */
public sealed interface Interpretation
        permits GatheringInvitations, InvitationsBy, Contacts, Timeline, Uninterpretable {

    /** One English sentence saying what will be looked up. */
    String describe();

    /** The REST endpoint answering the question; empty for {@link Uninterpretable}. */
    Optional<Endpoint> endpoint();
}
