package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.kafka.FactRecordCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Publishes real fact records to the embedded broker, as a producing service's outbox relay would. */
final class FactPublisher {
    private static final AtomicLong POSITION = new AtomicLong();
    private static KafkaProducer<String, byte[]> producer;

    private FactPublisher() {
    }

    static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** A stored fact as a producing service would have it, recorded at {@code recordedAt}. */
    static FactEnvelope<FactPayload> fact(FactPayload payload, Instant recordedAt) {
        return fact(payload, recordedAt, UUID.randomUUID());
    }

    /** The same, in the causal chain that started with {@code correlationId} (an article's id). */
    static FactEnvelope<FactPayload> fact(FactPayload payload, Instant recordedAt, UUID correlationId) {
        long position = POSITION.incrementAndGet();
        return FactEnvelope.of(UUID.randomUUID(), payload, correlationId, null, null, null)
                .producedBy("test-producer/0").stored(1, position, recordedAt);
    }

    static FactEnvelope<FactPayload> publish(FactPayload payload, Instant recordedAt) {
        FactEnvelope<FactPayload> fact = fact(payload, recordedAt);
        publish(fact);
        return fact;
    }

    /** Publishes (or re-publishes: a redelivery) a stored fact to its topic, keyed by its stream. */
    static void publish(FactEnvelope<FactPayload> fact) {
        send(FactRecordCodec.encode(fact, fact.type().topic(), fact.streamId()));
    }

    static void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("publish failed", e);
        }
    }
}
