package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.Topics;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Verdict;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.chancery.query.it.Api.await;
import static dev.chancery.query.it.TestFacts.actor;
import static dev.chancery.query.it.TestFacts.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Redelivered facts change the projections once; undecodable records land in the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class IdempotenceAndDeadLetterTest {

    @Test
    void theConnectorLeavesTheCloudEventsHeadersToTheCodec() {
        // the platform library's default reaches the service: no CloudEvent metadata built per record
        assertThat(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("mp.messaging.connector.smallrye-kafka.cloud-events", Boolean.class)).isFalse();
    }

    @Test
    void aRedeliveredFactIsProjectedOnce() {
        String eventId = unique("ev-dup");
        var actors = List.of(actor("person:" + unique("p"), ActorRole.PARTICIPANT, "KAZ"),
                actor("CHN", ActorRole.PARTICIPANT, "CHN"));
        DiplomaticEvent event = new DiplomaticEvent(ClaimType.MEETING, actors, null, TestFacts.day("2025-09-01"));
        Judgement reported = TestFacts.judgement(Verdict.REPORTED, null, List.of("c-x"), List.of());
        Judgement corroborated = TestFacts.judgement(Verdict.CORROBORATED, null, List.of("c-x", "c-y"), List.of());
        FactEnvelope<FactPayload> first = FactPublisher.fact(TestFacts.verified(eventId, event, reported),
                Instant.parse("2025-09-02T08:00:00Z"));
        for (int delivery = 0; delivery < 3; delivery++) {
            FactPublisher.publish(first);
        }
        // same key, same partition: once this one is projected, the redeliveries before it have been handled
        FactPublisher.publish(TestFacts.revised(eventId, 2, event, reported, corroborated),
                Instant.parse("2025-09-03T08:00:00Z"));
        await("the revision", () -> Api.eventAtRevision(eventId, 2));

        Api.reader().get("/api/v1/events/{id}", eventId).then().statusCode(200)
                .body("history.size()", equalTo(2)).body("history[0].revision", equalTo(1))
                .body("verdict", equalTo("CORROBORATED"));
        assertThat(Db.count("SELECT count(*) FROM query.event_versions WHERE event_id = ?", eventId))
                .isEqualTo(2);
        assertThat(Db.count("SELECT count(*) FROM query.processed_facts WHERE fact_id = ?", first.factId()))
                .isEqualTo(1);
        assertThat(Db.count("SELECT count(*) FROM query.event_claim_changes WHERE event_id = ?", eventId))
                .as("c-x at revision 1, c-y at revision 2").isEqualTo(2);
        assertThat(Db.count("SELECT count(*) FROM query.changes WHERE event_id = ? AND kind = 'verdict'", eventId))
                .isEqualTo(2);
    }

    @Test
    void anUndecodableRecordGoesToTheDeadLetterTopicWithItsReason() {
        String key = unique("garbage");
        FactPublisher.send(new ProducerRecord<>(Topics.CLAIMS, key, "not a fact".getBytes(StandardCharsets.UTF_8)));
        String badJson = unique("bad-json");
        ProducerRecord<String, byte[]> typed = new ProducerRecord<>(Topics.CLAIMS, badJson,
                "{\"claimId\": [".getBytes(StandardCharsets.UTF_8));
        typed.headers().add(CloudEventHeaders.TYPE, "dev.chancery.ClaimExtracted.v1".getBytes(StandardCharsets.UTF_8));
        FactPublisher.send(typed);

        Map<String, ConsumerRecord<String, byte[]>> dead = readDeadLetters(Topics.deadLetter(Topics.CLAIMS),
                List.of(key, badJson));
        assertThat(header(dead.get(key), "dead-letter-reason")).contains("ce_type");
        assertThat(new String(dead.get(key).value(), StandardCharsets.UTF_8)).isEqualTo("not a fact");
        assertThat(header(dead.get(badJson), "dead-letter-reason")).contains("is not a readable");
        assertThat(header(dead.get(badJson), "dead-letter-topic")).isEqualTo(Topics.CLAIMS);
    }

    private static Map<String, ConsumerRecord<String, byte[]>> readDeadLetters(String topic, List<String> keys) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, ConsumerRecord<String, byte[]>> found = new java.util.HashMap<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline && !found.keySet().containsAll(keys)) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        found.put(r.key(), r);
                    }
                });
            }
        }
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
