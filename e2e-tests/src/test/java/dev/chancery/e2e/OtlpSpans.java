package dev.chancery.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Reads the spans of an OTLP/HTTP protobuf export ({@code ExportTraceServiceRequest}) with a walk over the protobuf
 * wire format: only the fields a trace test needs (service name, trace, span and parent ids, span name).
 */
final class OtlpSpans {
    /** One received span. */
    record Received(String service, String traceId, String spanId, String parentSpanId, String name) {
    }

    private OtlpSpans() {
    }

    static List<Received> of(byte[] request) {
        List<Received> out = new ArrayList<>();
        // ExportTraceServiceRequest.resource_spans = 1
        fields(ByteBuffer.wrap(request), (field, value) -> {
            if (field == 1) {
                resourceSpans(value, out);
            }
        });
        return out;
    }

    private static void resourceSpans(ByteBuffer message, List<Received> out) {
        String[] service = {null};
        List<ByteBuffer> scopes = new ArrayList<>();
        // ResourceSpans: resource = 1 (Resource.attributes = 1), scope_spans = 2
        fields(message, (field, value) -> {
            if (field == 1) {
                fields(value, (f, attribute) -> {
                    if (f == 1) {
                        String[] kv = keyValue(attribute);
                        if ("service.name".equals(kv[0])) {
                            service[0] = kv[1];
                        }
                    }
                });
            } else if (field == 2) {
                scopes.add(value);
            }
        });
        // ScopeSpans.spans = 2
        scopes.forEach(scope -> fields(scope, (field, span) -> {
            if (field == 2) {
                out.add(span(service[0], span));
            }
        }));
    }

    // Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5
    private static Received span(String service, ByteBuffer message) {
        String[] f = new String[6];
        fields(message, (field, value) -> {
            if (field == 1 || field == 2 || field == 4) {
                f[field] = HexFormat.of().formatHex(bytes(value));
            } else if (field == 5) {
                f[field] = new String(bytes(value), StandardCharsets.UTF_8);
            }
        });
        return new Received(service, f[1], f[2], f[4] == null ? "" : f[4], f[5]);
    }

    // KeyValue: key = 1, value = 2 (AnyValue.string_value = 1)
    private static String[] keyValue(ByteBuffer message) {
        String[] kv = new String[2];
        fields(message, (field, value) -> {
            if (field == 1) {
                kv[0] = new String(bytes(value), StandardCharsets.UTF_8);
            } else if (field == 2) {
                fields(value, (f, any) -> {
                    if (f == 1) {
                        kv[1] = new String(bytes(any), StandardCharsets.UTF_8);
                    }
                });
            }
        });
        return kv;
    }

    /** Calls {@code onField} for each length-delimited field; skips the others. */
    private static void fields(ByteBuffer message, BiConsumer<Integer, ByteBuffer> onField) {
        while (message.hasRemaining()) {
            long tag = varint(message);
            int field = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> varint(message);
                case 1 -> message.position(message.position() + 8);
                case 5 -> message.position(message.position() + 4);
                case 2 -> {
                    int length = (int) varint(message);
                    ByteBuffer value = message.slice(message.position(), length);
                    message.position(message.position() + length);
                    onField.accept(field, value);
                }
                default -> throw new IllegalArgumentException("unsupported wire type in tag " + tag);
            }
        }
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    private static byte[] bytes(ByteBuffer value) {
        byte[] out = new byte[value.remaining()];
        value.duplicate().get(out);
        return out;
    }
}
