package dev.chancery.faults.run;

import dev.chancery.model.fact.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every record on a {@code .dlq} topic, counted per "topic: dead-letter-reason". */
final class DeadLetters {
    private DeadLetters() {
    }

    static Map<String, Long> byReason(String bootstrap) {
        Map<String, Long> out = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics().values().stream().flatMap(List::stream)
                    .filter(p -> p.topic().endsWith(Topics.DLQ_SUFFIX))
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    out.merge(r.topic() + ": " + reason(r.headers().lastHeader("dead-letter-reason")), 1L, Long::sum);
                }
            }
        }
        return out;
    }

    private static String reason(Header h) {
        String reason = h == null ? "(no reason)" : new String(h.value(), StandardCharsets.UTF_8);
        // a reason quoting the record would make every letter a reason of its own
        return reason.length() > 160 ? reason.substring(0, 160) + "..." : reason;
    }
}
