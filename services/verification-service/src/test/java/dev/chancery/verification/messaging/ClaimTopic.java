package dev.chancery.verification.messaging;

import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Sends many records to the claims topic at once (so that they arrive in batches) and waits for them to apply. */
final class ClaimTopic {
    private ClaimTopic() {
    }

    /** Sends every record with one producer, then waits for the broker's acknowledgements. */
    static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new ByteArraySerializer())) {
            records.stream().map(producer::send).toList().forEach(sent -> {
                try {
                    sent.get();
                } catch (Exception e) {
                    throw new IllegalStateException("send to the claims topic failed", e);
                }
            });
        }
    }

    /** The fact as a record; records with one key share a partition, so they are consumed in sending order. */
    static ProducerRecord<String, byte[]> record(FactEnvelope<?> fact, String key) {
        return FactRecordCodec.encode(fact, Topics.CLAIMS, key);
    }

    /** Waits until the verification consumer group has committed every record of the claims topic. */
    static boolean awaitConsumed(Duration timeout) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.CLAIMS)).allTopicNames().get()
                    .get(Topics.CLAIMS).partitions().stream().map(p -> new TopicPartition(Topics.CLAIMS, p.partition()))
                    .toList();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                var latest = partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                var committed = admin.listConsumerGroupOffsets("verification").partitionsToOffsetAndMetadata().get();
                if (partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                        || committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset())) {
                    return true;
                }
                Thread.sleep(200);
            }
            return false;
        }
    }

    /** Waits until verification has recorded every fact as processed; false on timeout. */
    static boolean awaitProcessed(Pool pool, List<UUID> factIds, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long done = pool.preparedQuery("SELECT count(*) AS n FROM verification.processed_facts"
                            + " WHERE consumer = 'verification' AND fact_id = ANY($1)")
                    .execute(Tuple.tuple().addArrayOfUUID(factIds.toArray(UUID[]::new)))
                    .await().indefinitely().iterator().next().getLong("n");
            if (done == factIds.size()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
