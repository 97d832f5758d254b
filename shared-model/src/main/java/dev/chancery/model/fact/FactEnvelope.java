package dev.chancery.model.fact;

import java.time.Instant;
import java.util.UUID;

/**
 * An immutable fact as stored and published: identity, stream position, the three times and the payload.
 *
 * @param factId        unique, deterministic where a natural key exists
 * @param type          the payload type
 * @param streamId      stream the fact belongs to (article id, event id)
 * @param streamVersion 1-based version within the stream
 * @param position      global position in the producing service's store (0 before it is stored)
 * @param correlationId the first fact of the causal chain (an article's id for everything derived from it)
 * @param causationId   the fact that directly caused this one, or null
 * @param validTime     when the thing happened, where known
 * @param publishedTime when it was published (the article's date)
 * @param recordedAt    transaction time: when Chancery recorded it
 * @param producer      the producing service and its version
 */
public record FactEnvelope<P extends FactPayload>(
        UUID factId,
        FactType type,
        String streamId,
        long streamVersion,
        long position,
        UUID correlationId,
        UUID causationId,
        Instant validTime,
        Instant publishedTime,
        Instant recordedAt,
        String producer,
        P payload) {

    /**
     * A fact not yet stored: type and stream come from the payload; version, position, transaction time
     * and producer are set by the store.
     */
    public static <P extends FactPayload> FactEnvelope<P> of(UUID factId, P payload, UUID correlationId,
            UUID causationId, Instant validTime, Instant publishedTime) {
        return new FactEnvelope<>(factId, payload.factType(), payload.streamId(), 0, 0, correlationId, causationId,
                validTime, publishedTime, null, null, payload);
    }

    /** A copy with the producer the store writes. */
    public FactEnvelope<P> producedBy(String producer) {
        return new FactEnvelope<>(factId, type, streamId, streamVersion, position, correlationId, causationId,
                validTime, publishedTime, recordedAt, producer, payload);
    }

    /** A copy as stored, with the position and transaction time the store gave it. */
    public FactEnvelope<P> stored(long streamVersion, long position, Instant recordedAt) {
        return new FactEnvelope<>(factId, type, streamId, streamVersion, position, correlationId,
                causationId, validTime, publishedTime, recordedAt, producer, payload);
    }
}
