package dev.chancery.query.messaging;

import dev.chancery.query.config.RebuildConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Raw Kafka consumers for rebuilds: no group, no commits, every partition assigned from the beginning; a poll
 * returns at most {@code chancery.query.rebuild.max-batch} records, the size of one rebuild transaction, and a fetch at
 * most {@code chancery.query.rebuild.fetch-max-bytes}.
 */
@ApplicationScoped
public class RebuildConsumers {
    private final String bootstrapServers;
    private final int maxBatch;
    private final int fetchMaxBytes;

    public RebuildConsumers(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            RebuildConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.maxBatch = config.maxBatch();
        this.fetchMaxBytes = config.fetchMaxBytes();
    }

    public KafkaConsumer<String, byte[]> create(String clientId) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxBatch,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, fetchMaxBytes,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, fetchMaxBytes),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    public List<TopicPartition> assignFromStart(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    /**
     * Records between the consumer's positions and the end offsets its last fetches saw, summed over the partitions,
     * without asking the broker; -1 while a partition has not been fetched yet.
     */
    public long fetchedLag(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions) {
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OptionalLong known = consumer.currentLag(partition);
            if (known.isEmpty()) {
                return -1;
            }
            lag += known.getAsLong();
        }
        return lag;
    }

    /** Records between the consumer's positions and the current end offsets, summed over the partitions. */
    public long lag(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions) {
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(partitions).entrySet()) {
            lag += Math.max(0, end.getValue() - consumer.position(end.getKey()));
        }
        return lag;
    }
}
