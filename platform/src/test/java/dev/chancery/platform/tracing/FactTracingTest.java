package dev.chancery.platform.tracing;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One trace across a consumed record, the facts it causes and their publication, with a real SDK tracer; and with
 * tracing off (the no-op tracer) the incoming context still passes through to the caused facts.
 */
class FactTracingTest {
    private static final String INCOMING = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private final List<SpanData> finished = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new Collecting())).build();

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aFactCausedByAConsumedRecordIsStoredAndPublishedUnderItsConsumerSpan() {
        FactTracing tracing = new FactTracing(provider.get("test"));
        UUID consumedFact = UUID.randomUUID();
        try (ConsumedSpans spans = tracing.consumed(List.of(record(consumedFact, INCOMING),
                record(UUID.randomUUID(), null)))) {
            assertThat(spans.size()).as("only the record with a traceparent gets a span").isEqualTo(1);
            Appending appending = tracing.appending();
            String stored = appending.traceParentOf(causedBy(consumedFact));
            appending.end();
            assertThat(TraceParent.parse(stored).getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(appending.traceParentOf(causedBy(UUID.randomUUID()))).as("no cause, no current span").isNull();
            tracing.publishing(stored, "chancery.claims.v1").end();
        }
        assertThat(finished).extracting(SpanData::getName, SpanData::getKind, SpanData::getTraceId).containsExactly(
                tuple("chancery.claims.v1 publish", SpanKind.PRODUCER,
                        "4bf92f3577b34da6a3ce929d0e0e4736"),
                tuple("chancery.articles.v1 process", SpanKind.CONSUMER,
                        "4bf92f3577b34da6a3ce929d0e0e4736"));
        assertThat(finished.get(1).getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(finished.get(0).getParentSpanId()).isEqualTo(finished.get(1).getSpanId());
    }

    @Test
    void aFactAppendedUnderACurrentSpanIsStoredUnderItsAppendSpan() {
        FactTracing tracing = new FactTracing(provider.get("test"));
        Span request = provider.get("test").spanBuilder("POST /api/v1/articles").startSpan();
        String stored;
        try (Scope ignored = request.makeCurrent()) {
            Appending appending = tracing.appending();
            stored = appending.traceParentOf(causedBy(UUID.randomUUID()));
            appending.end();
        }
        request.end();
        SpanContext parent = TraceParent.parse(stored);
        assertThat(parent.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(finished).filteredOn(s -> s.getSpanId().equals(parent.getSpanId()))
                .extracting(SpanData::getName, SpanData::getParentSpanId)
                .containsExactly(tuple("facts append", request.getSpanContext().getSpanId()));
    }

    @Test
    void withTracingOffTheIncomingContextPassesThroughToTheCausedFacts() {
        FactTracing tracing = new FactTracing(TracerProvider.noop().get("test"));
        UUID consumedFact = UUID.randomUUID();
        try (ConsumedSpans ignored = tracing.consumed(List.of(record(consumedFact, INCOMING)))) {
            assertThat(tracing.appending().traceParentOf(causedBy(consumedFact))).isEqualTo(INCOMING);
            assertThat(tracing.publishing(INCOMING, "chancery.claims.v1").getSpanContext().getSpanId())
                    .isEqualTo("00f067aa0ba902b7");
        }
        assertThat(finished).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> record(UUID factId, String traceParent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("chancery.articles.v1", 0, 7L, "key", new byte[0]);
        record.headers().add("ce_id", factId.toString().getBytes(StandardCharsets.UTF_8));
        if (traceParent != null) {
            record.headers().add(TraceParent.HEADER, traceParent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private static FactEnvelope<?> causedBy(UUID cause) {
        return new FactEnvelope<>(UUID.randomUUID(), FactType.ARTICLE_INGESTED, "article-1", 1, 1, null, cause, null,
                null, null, "test", null);
    }

    /** Keeps every finished span. */
    private final class Collecting implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            finished.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
