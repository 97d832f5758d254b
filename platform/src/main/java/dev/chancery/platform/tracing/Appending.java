package dev.chancery.platform.tracing;

import dev.chancery.model.fact.FactEnvelope;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** One append's span, and the traceparent each of its facts is stored with in the outbox. */
public final class Appending {
    private final Span span;
    private final FactTracing tracing;

    Appending(Span span, FactTracing tracing) {
        this.span = span;
        this.tracing = tracing;
    }

    /** The span of the consumed record that caused the fact, else this append's; null when there is neither. */
    public String traceParentOf(FactEnvelope<?> fact) {
        SpanContext cause = tracing.causeOf(fact);
        return TraceParent.format(cause != null ? cause : span.getSpanContext());
    }

    public void end() {
        span.end();
    }
}
