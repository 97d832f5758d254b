package dev.chancery.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * The Kafka producer the outbox relay publishes with: idempotent and acks=all, so a publish the relay
 * counts as done is durable, and a retried send is not written twice.
 */
@ApplicationScoped
public class RelayProducer {

    @Produces
    @Singleton
    @Identifier("outbox-relay")
    Producer<String, byte[]> producer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.CLIENT_ID_CONFIG, "chancery-outbox-relay"),
                new StringSerializer(), new ByteArraySerializer());
    }

    void close(@jakarta.enterprise.inject.Disposes @Identifier("outbox-relay") Producer<String, byte[]> producer) {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
