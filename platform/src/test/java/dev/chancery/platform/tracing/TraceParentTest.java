package dev.chancery.platform.tracing;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** traceparent values in, the span context they name out (and back), invalid ones to the invalid context. */
class TraceParentTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, 4bf92f3577b34da6a3ce929d0e0e4736, 00f067aa0ba902b7, true",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00, 4bf92f3577b34da6a3ce929d0e0e4736, 00f067aa0ba902b7, false",
            "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-later, 4bf92f3577b34da6a3ce929d0e0e4736, 00f067aa0ba902b7, true",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, null, null, false",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01, null, null, false",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01, null, null, false",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-zz, null, null, false",
            "00-4bf92f3577b34da6a3ce929d0e0e4736, null, null, false",
            "not a traceparent, null, null, false",
            "null, null, null, false"})
    void parsesValidValuesAndRefusesOthers(String value, String traceId, String spanId, boolean sampled) {
        SpanContext parsed = TraceParent.parse(value);
        assertThat(parsed.isValid()).isEqualTo(traceId != null);
        if (traceId != null) {
            assertThat(parsed.getTraceId()).isEqualTo(traceId);
            assertThat(parsed.getSpanId()).isEqualTo(spanId);
            assertThat(parsed.isSampled()).isEqualTo(sampled);
            assertThat(parsed.isRemote()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "'', null",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, 4bf92f3577b34da6a3ce929d0e0e4736",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01|00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01, 4bf92f3577b34da6a3ce929d0e0e4736",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01|garbage, null"})
    void theLastTraceparentHeaderOfARecordCounts(String values, String traceId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", "not a traceparent".getBytes(StandardCharsets.UTF_8));
        for (String value : values.isEmpty() ? new String[0] : values.split("\\|")) {
            headers.add(TraceParent.HEADER, value.getBytes(StandardCharsets.UTF_8));
        }
        SpanContext found = TraceParent.in(headers);
        assertThat(found.isValid() ? found.getTraceId() : null).isEqualTo(traceId);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "4bf92f3577b34da6a3ce929d0e0e4736, 00f067aa0ba902b7, 01, 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "0af7651916cd43dd8448eb211c80319c, b7ad6b7169203331, 00, 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00",
            "00000000000000000000000000000000, b7ad6b7169203331, 01, null"})
    void formatsAValidContextAndNothingForAnInvalidOne(String traceId, String spanId, String flags, String expected) {
        SpanContext context = SpanContext.create(traceId, spanId, TraceFlags.fromHex(flags, 0), TraceState.getDefault());
        assertThat(TraceParent.format(context)).isEqualTo(expected);
        if (expected != null) {
            assertThat(TraceParent.format(TraceParent.parse(expected))).isEqualTo(expected);
        }
    }
}
