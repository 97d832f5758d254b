package dev.chancery.platform.store;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;

/**
 * A stored fact waiting in the outbox, with the topic and key it is published under and the W3C traceparent it was
 * appended under (null when tracing was off). The relay sends the payload as the store returned it
 * ({@code payloadJson}), so {@code fact} carries the envelope's fields only: its payload is null.
 */
public record OutboxEntry(FactEnvelope<FactPayload> fact, byte[] payloadJson, String topic, String key,
        String traceParent) {
}
