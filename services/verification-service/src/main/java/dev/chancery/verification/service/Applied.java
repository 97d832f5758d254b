package dev.chancery.verification.service;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;

import java.util.List;

/**
 * What applying a batch of facts did.
 *
 * @param published the verdict facts appended, as stored
 * @param rejected  the facts that could not be applied, by their index in the batch, with the reason
 */
public record Applied(List<FactEnvelope<FactPayload>> published, List<Rejection> rejected) {

    /** A fact of the batch that could not be applied, even alone in a transaction. */
    public record Rejection(int index, RuntimeException reason) {
    }
}
