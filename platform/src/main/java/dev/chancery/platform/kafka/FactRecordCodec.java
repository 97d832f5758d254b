package dev.chancery.platform.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.model.json.ChanceryJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;

/**
 * Facts on Kafka in CloudEvents binary mode: the value is the payload JSON, the envelope travels in
 * {@code ce_*} headers, the key is the stream id.
 */
public final class FactRecordCodec {
    private FactRecordCodec() {
    }

    public static ProducerRecord<String, byte[]> encode(FactEnvelope<?> fact, String topic, String key) {
        try {
            return encode(fact, ChanceryJson.mapper().writeValueAsBytes(fact.payload()), topic, key);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload of fact " + fact.factId() + " cannot be written", e);
        }
    }

    /**
     * The record of a fact whose payload is already JSON ({@code payloadJson}, e.g. as the store keeps it): the
     * envelope gives the headers only, so its payload is neither read nor written again.
     */
    public static ProducerRecord<String, byte[]> encode(FactEnvelope<?> fact, byte[] payloadJson, String topic,
            String key) {
        Headers h = new RecordHeaders();
        put(h, CloudEventHeaders.SPEC_VERSION, "1.0");
        put(h, CloudEventHeaders.ID, fact.factId().toString());
        put(h, CloudEventHeaders.TYPE, fact.type().cloudEventType());
        put(h, CloudEventHeaders.SOURCE, "/chancery/" + fact.producer());
        put(h, CloudEventHeaders.SUBJECT, fact.streamId());
        put(h, CloudEventHeaders.TIME, fact.recordedAt());
        put(h, CloudEventHeaders.CONTENT_TYPE, "application/json");
        put(h, CloudEventHeaders.STREAM_ID, fact.streamId());
        put(h, CloudEventHeaders.STREAM_VERSION, fact.streamVersion());
        put(h, CloudEventHeaders.POSITION, fact.position());
        put(h, CloudEventHeaders.CORRELATION_ID, fact.correlationId());
        put(h, CloudEventHeaders.CAUSATION_ID, fact.causationId());
        put(h, CloudEventHeaders.VALID_TIME, fact.validTime());
        put(h, CloudEventHeaders.PUBLISHED_TIME, fact.publishedTime());
        put(h, CloudEventHeaders.PRODUCER, fact.producer());
        return new ProducerRecord<>(topic, null, key, payloadJson, h);
    }

    /** Reads a fact back; a record that is not a Chancery fact fails with {@link UndecodableFactException}. */
    public static FactEnvelope<FactPayload> decode(ConsumerRecord<String, byte[]> record) {
        return decode(record, ChanceryJson.mapper());
    }

    /**
     * Reads a fact back with {@code payloads} (a copy of {@link ChanceryJson#mapper()} that may skip properties its
     * reader never uses); a record that is not a Chancery fact fails with {@link UndecodableFactException}.
     */
    public static FactEnvelope<FactPayload> decode(ConsumerRecord<String, byte[]> record, ObjectMapper payloads) {
        EnvelopeHeaders h = EnvelopeHeaders.of(record.headers());
        String ceType = EnvelopeHeaders.text(h.type);
        if (ceType == null) {
            throw new UndecodableFactException("header " + CloudEventHeaders.TYPE + " is missing");
        }
        if (record.value() == null) {
            throw new UndecodableFactException("record has no value");
        }
        try {
            FactType type = FactType.named(ceType);
            FactPayload payload = payloads.readValue(record.value(), type.payloadClass());
            if (payload == null || payload.streamId() == null || payload.streamId().isBlank()) {
                // every payload names its stream (article or event id); without it nothing can be stored or projected
                throw new UndecodableFactException("record at " + record.topic() + "/" + record.partition() + "@"
                        + record.offset() + " is a " + ceType + " without the id of its stream");
            }
            return new FactEnvelope<>(EnvelopeHeaders.uuid(h.id), type, EnvelopeHeaders.text(h.streamId),
                    EnvelopeHeaders.number(h.streamVersion), EnvelopeHeaders.number(h.position),
                    EnvelopeHeaders.uuid(h.correlationId), EnvelopeHeaders.uuid(h.causationId),
                    EnvelopeHeaders.instant(h.validTime), EnvelopeHeaders.instant(h.publishedTime),
                    EnvelopeHeaders.instant(h.time), EnvelopeHeaders.text(h.producer), payload);
        } catch (UndecodableFactException e) {
            throw e;
        } catch (Exception e) {
            throw new UndecodableFactException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a readable " + ceType + ": " + e.getMessage(), e);
        }
    }

    private static void put(Headers headers, String name, Object value) {
        if (value != null) {
            headers.add(name, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
