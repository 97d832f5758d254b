package dev.chancery.platform.kafka;

import dev.chancery.model.fact.CloudEventHeaders;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A fact record's envelope headers, read in one pass (the last of a repeated header wins, as with
 * {@link Headers#lastHeader}); ids and times are parsed from the header bytes by {@link HeaderValues}. Reading the
 * headers one lookup and one string at a time was 18 % of the query service's CPU in a rebuild.
 */
final class EnvelopeHeaders {
    byte[] type;
    byte[] id;
    byte[] streamId;
    byte[] streamVersion;
    byte[] position;
    byte[] correlationId;
    byte[] causationId;
    byte[] validTime;
    byte[] publishedTime;
    byte[] time;
    byte[] producer;

    static EnvelopeHeaders of(Headers headers) {
        EnvelopeHeaders h = new EnvelopeHeaders();
        for (Header header : headers) {
            byte[] v = header.value();
            switch (header.key()) {
                case CloudEventHeaders.TYPE -> h.type = v;
                case CloudEventHeaders.ID -> h.id = v;
                case CloudEventHeaders.STREAM_ID -> h.streamId = v;
                case CloudEventHeaders.STREAM_VERSION -> h.streamVersion = v;
                case CloudEventHeaders.POSITION -> h.position = v;
                case CloudEventHeaders.CORRELATION_ID -> h.correlationId = v;
                case CloudEventHeaders.CAUSATION_ID -> h.causationId = v;
                case CloudEventHeaders.VALID_TIME -> h.validTime = v;
                case CloudEventHeaders.PUBLISHED_TIME -> h.publishedTime = v;
                case CloudEventHeaders.TIME -> h.time = v;
                case CloudEventHeaders.PRODUCER -> h.producer = v;
                default -> { }
            }
        }
        return h;
    }

    static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    static UUID uuid(byte[] value) {
        return value == null ? null : HeaderValues.uuid(value);
    }

    static Instant instant(byte[] value) {
        return value == null ? null : HeaderValues.instant(value);
    }

    static long number(byte[] value) {
        return value == null ? 0L : Long.parseLong(text(value));
    }
}
