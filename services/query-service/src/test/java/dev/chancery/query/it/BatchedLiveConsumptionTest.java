package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.kafka.FactRecordCodec;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live consumption a polled batch per transaction: the same rows and stream changes as one fact per
 * transaction; poison records in the middle of a batch (one that is not a fact, one fact the database refuses)
 * end on the dead-letter topic with their reason while every other fact is applied; redelivery changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class BatchedLiveConsumptionTest {
    private static final int SCRATCH = 900_002;

    @Test
    void batchesMakeTheRowsOfOneFactAtATimeAndPoisonGoesToTheDeadLetterTopic() throws Throwable {
        FactMix mix = FactMix.of("live", 1500);
        String garbageKey = TestFacts.unique("garbage");
        String refusedKey = TestFacts.unique("refused");
        // an article whose outlet holds a NUL decodes, but PostgreSQL refuses the text: its batch fails as a whole
        FactEnvelope<FactPayload> refused = FactPublisher.fact(TestFacts.article(TestFacts.unique("refused-article"),
                "Out\u0000let", Instant.now()), Instant.parse("2025-06-01T00:00:00Z"));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (FactEnvelope<FactPayload> fact : mix.published) {
            records.add(FactRecordCodec.encode(fact, fact.type().topic(), fact.streamId()));
            if (records.size() == mix.published.size() / 2) {
                records.add(new ProducerRecord<>(Topics.CLAIMS, garbageKey, "not a fact".getBytes(StandardCharsets.UTF_8)));
                records.add(FactRecordCodec.encode(refused, Topics.ARTICLES, refusedKey));
            }
        }
        records.forEach(r -> FactPublisher.producer().send(r));
        FactPublisher.producer().flush();
        Replays.awaitProjected(mix, Duration.ofMinutes(2));

        ConsumerRecord<String, byte[]> garbage = deadLetter(Topics.CLAIMS, garbageKey);
        assertThat(header(garbage, "dead-letter-reason")).contains("ce_type");
        assertThat(header(garbage, "dead-letter-topic")).isEqualTo(Topics.CLAIMS);
        assertThat(header(garbage, "dead-letter-offset")).isNotBlank();
        assertThat(new String(garbage.value(), StandardCharsets.UTF_8)).isEqualTo("not a fact");
        ConsumerRecord<String, byte[]> dead = deadLetter(Topics.ARTICLES, refusedKey);
        assertThat(header(dead, "dead-letter-reason")).contains("0x00");
        assertThat(header(dead, "ce_id")).isEqualTo(refused.factId().toString());
        assertThat(Db.count("SELECT count(*) FROM query.processed_facts WHERE fact_id = ?", refused.factId())).isZero();

        Map<String, List<String>> rows = ProjectionRows.of(mix.keys(), Replays.activeGenerations());
        List<String> changes = ProjectionRows.changes(mix.keys());
        try {
            List<String> expectedChanges = OneFactAtATime.apply(mix.published, SCRATCH);
            assertThat(rows).isEqualTo(ProjectionRows.of(mix.keys(), SCRATCH));
            assertThat(changes).isNotEmpty().isEqualTo(expectedChanges);
        } finally {
            OneFactAtATime.forget(SCRATCH);
        }

        Replays.publishAll(mix.published);
        Replays.awaitConsumed(Duration.ofMinutes(1));
        assertThat(ProjectionRows.of(mix.keys(), Replays.activeGenerations())).isEqualTo(rows);
        assertThat(ProjectionRows.changes(mix.keys())).isEqualTo(changes);
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "batch-dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(topic)));
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter " + key + " on " + Topics.deadLetter(topic));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
