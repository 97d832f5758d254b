package dev.chancery.verification.domain;

import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.VerdictRevised;

import java.util.Optional;

/**
 * The result of a claim (or a supersession) for one event: the state to store, and the payload to publish with it
 * in the same transaction, if the judgement changed.
 *
 * @param payload an {@link EventVerified}, a {@link VerdictRevised}, or null when nothing is to be published
 */
public record Outcome(EventState state, FactPayload payload) {

    public Optional<FactPayload> publication() {
        return Optional.ofNullable(payload);
    }
}
