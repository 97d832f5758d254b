package dev.chancery.faults.poison;

import dev.chancery.model.fact.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * One kind of poison for a consumed topic: its value and headers, how many consumer groups read the topic (each
 * must dead-letter it once) and a phrase its {@code dead-letter-reason} must contain.
 */
public record Poison(String topic, String kind, String value, Map<String, String> headers, int groups, String reason) {

    /** This poison on one partition, under a fresh key so that its dead letters can be told apart. */
    public ProducerRecord<String, byte[]> on(int partition) {
        var out = new ProducerRecord<>(topic, partition, kind + "-" + partition + "-" + UUID.randomUUID(),
                value.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, text) -> out.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** The envelope headers of a fact of that CloudEvents type, with fresh ids. */
    public static Map<String, String> fact(String ceType) {
        String id = UUID.randomUUID().toString();
        return Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, id,
                CloudEventHeaders.TYPE, ceType, CloudEventHeaders.SOURCE, "/chancery/poison-test",
                CloudEventHeaders.SUBJECT, "poison-" + id, CloudEventHeaders.TIME, "2026-01-01T00:00:00Z",
                CloudEventHeaders.CONTENT_TYPE, "application/json", CloudEventHeaders.STREAM_ID, "poison-" + id,
                CloudEventHeaders.STREAM_VERSION, "1", CloudEventHeaders.CORRELATION_ID, id);
    }
}
