package dev.chancery.platform.tracing;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.TraceState;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;

/**
 * A span context as a W3C {@code traceparent} value ({@code 00-<trace id>-<span id>-<flags>}): the form stored with an
 * outbox row and carried in a Kafka record's {@code traceparent} header.
 */
public final class TraceParent {
    /** The Kafka record header that carries it (W3C Trace Context). */
    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** The value for a span context, or null for an invalid one (tracing off, no span). */
    public static String format(SpanContext context) {
        if (context == null || !context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The remote span context a value names, or the invalid context when it names none. */
    public static SpanContext parse(String value) {
        if (value == null) {
            return SpanContext.getInvalid();
        }
        String[] parts = value.trim().split("-");
        if (parts.length < 4 || parts[0].length() != 2 || "ff".equals(parts[0]) || parts[3].length() != 2
                || !TraceId.isValid(parts[1]) || !SpanId.isValid(parts[2]) || !isHex(parts[3])) {
            return SpanContext.getInvalid();
        }
        return SpanContext.createFromRemoteParent(parts[1], parts[2], TraceFlags.fromHex(parts[3], 0),
                TraceState.getDefault());
    }

    /** The span context in a record's last {@code traceparent} header, or the invalid context. */
    public static SpanContext in(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        return header == null || header.value() == null ? SpanContext.getInvalid()
                : parse(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
