package dev.chancery.platform.store;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;

/**
 * A stored fact waiting in the outbox, with the topic and key it is published under and the W3C traceparent it was
 * appended under (null when tracing was off).
 */
public record OutboxEntry(FactEnvelope<FactPayload> fact, String topic, String key, String traceParent) {
}
