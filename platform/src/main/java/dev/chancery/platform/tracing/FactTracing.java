package dev.chancery.platform.tracing;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.cache.BoundedLruMap;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Carries a trace from fact to fact across services: a consumed record's span is remembered by the fact id it
 * carried, so that the facts it causes (their causation id) are stored with that span as their parent, even when
 * appended later in one transaction for a whole batch; the relay then publishes them under it (docs/architecture.md,
 * "Tracing and metrics"). With the OpenTelemetry SDK disabled every span here is a no-op that passes its parent
 * through unchanged (Quarkus's disabled SDK would still make spans nobody exports).
 */
@ApplicationScoped
public class FactTracing {
    private static final String FACT_ID_HEADER = "ce_id";
    private final Tracer tracer;
    private final BoundedLruMap<UUID, SpanContext> consumed = new BoundedLruMap<>(20_000);

    @Inject
    public FactTracing(Tracer tracer,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean sdkDisabled) {
        this(sdkDisabled ? TracerProvider.noop().get("chancery") : tracer);
    }

    FactTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Starts one consumer span per record, each the child of the context in the record's headers. */
    public ConsumedSpans consumed(Iterable<ConsumerRecord<String, byte[]>> records) {
        List<Span> spans = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            SpanContext parent = TraceParent.in(record.headers());
            if (!parent.isValid()) {
                continue;
            }
            Span span = tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                    .setParent(Context.root().with(Span.wrap(parent)))
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                    .setAttribute("messaging.kafka.offset", record.offset())
                    .startSpan();
            spans.add(span);
            UUID factId = factId(record);
            if (factId != null) {
                consumed.put(factId, span.getSpanContext());
            }
        }
        return new ConsumedSpans(spans);
    }

    /** Starts the span of one append; facts with no consumed cause are stored under it. */
    public Appending appending() {
        Span current = Span.current();
        Span span = current.getSpanContext().isValid()
                ? tracer.spanBuilder("facts append").setSpanKind(SpanKind.INTERNAL).startSpan()
                : Span.getInvalid();
        return new Appending(span, this);
    }

    /** Starts the producer span that publishes a fact stored with {@code traceParent}; invalid when there is none. */
    public Span publishing(String traceParent, String topic) {
        SpanContext parent = TraceParent.parse(traceParent);
        if (!parent.isValid()) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(topic + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(Context.root().with(Span.wrap(parent)))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .startSpan();
    }

    /** The context a fact caused by a consumed fact is stored under, or null. */
    SpanContext causeOf(FactEnvelope<?> fact) {
        return fact.causationId() == null ? null : consumed.get(fact.causationId());
    }

    private static UUID factId(ConsumerRecord<String, byte[]> record) {
        try {
            Header id = record.headers().lastHeader(FACT_ID_HEADER);
            return id == null || id.value() == null ? null
                    : UUID.fromString(new String(id.value(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
