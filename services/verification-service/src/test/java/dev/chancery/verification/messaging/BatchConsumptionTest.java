package dev.chancery.verification.messaging;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.testsupport.TopicProbe;
import dev.chancery.model.fact.CloudEventHeaders;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.Topics;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.service.EngineReplay;
import dev.chancery.verification.service.RecurringClaims;
import dev.chancery.verification.service.StoredVerdicts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims sent to the real broker all at once arrive in batches: the stored verdicts are those of the domain
 * applied one by one, a redelivery adds nothing, and poison records leave the batch for the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class BatchConsumptionTest {
    private final TopicProbe topics = TestInfrastructure.get().topics();
    @Inject
    Pool pool;
    @Inject
    FactStore store;
    @Inject
    BlockingTransactions transactions;

    @Test
    void claimsSentTogetherGiveTheVerdictsOfOneByOneAndARedeliveryAddsNothing() throws Exception {
        List<FactEnvelope<?>> facts = new RecurringClaims().facts(200);
        String key = "run-" + UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> records = facts.stream().map(f -> ClaimTopic.record(f, key)).toList();
        long start = System.nanoTime();
        ClaimTopic.sendAll(records);
        assertThat(ClaimTopic.awaitProcessed(pool, ids(facts), Duration.ofMinutes(3))).isTrue();
        System.out.printf("%d claims sent at once applied in %d ms%n", facts.size(),
                (System.nanoTime() - start) / 1_000_000);
        var expected = EngineReplay.of(facts);
        var stored = new StoredVerdicts(pool, store, transactions);
        assertThat(stored.causedBy(ids(facts))).containsExactlyElementsOf(expected.verdicts());
        assertThat(stored.states(expected.states().keySet())).isEqualTo(expected.states());

        ClaimTopic.sendAll(records);
        assertThat(ClaimTopic.awaitConsumed(Duration.ofMinutes(1))).isTrue();
        assertThat(stored.causedBy(ids(facts))).containsExactlyElementsOf(expected.verdicts());
    }

    @Test
    void poisonRecordsInsideABatchGoToTheDeadLetterTopicWithTheirReasonAndTheRestIsApplied() throws Exception {
        var claims = new RecurringClaims();
        List<FactEnvelope<?>> good = claims.facts(50);
        String key = "run-" + UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        good.forEach(f -> records.add(ClaimTopic.record(f, key)));
        var verdict = EngineReplay.of(good.subList(0, 1)).verdicts().get(0).payload();
        var wrongType = FactEnvelope.of(UUID.randomUUID(), verdict, null, null, null, null);
        var poison = claims.poison();
        records.add(40, ClaimTopic.record(wrongType, key));
        records.add(30, ClaimTopic.record(poison, key));
        byte[] garbage = "{\"not\":\"a fact\"}".getBytes(StandardCharsets.UTF_8);
        records.add(20, new ProducerRecord<>(Topics.CLAIMS, key, garbage));

        ClaimTopic.sendAll(records);

        assertThat(ClaimTopic.awaitProcessed(pool, ids(good), Duration.ofMinutes(3))).isTrue();
        Map<String, String> reasons = new HashMap<>();
        topics.read(Topics.deadLetter(Topics.CLAIMS), r -> key.equals(r.key()), 3, Duration.ofSeconds(30))
                .forEach(r -> reasons.put(String.valueOf(TopicProbe.header(r, CloudEventHeaders.ID)),
                        TopicProbe.header(r, "dead-letter-reason")));
        assertThat(reasons).containsOnlyKeys("null", poison.factId().toString(), wrongType.factId().toString());
        assertThat(reasons.get("null")).contains("ce_type");
        assertThat(reasons.get(wrongType.factId().toString())).contains("expected ClaimExtracted");
        assertThat(reasons.get(poison.factId().toString())).isNotBlank();
        var expected = EngineReplay.of(good);
        assertThat(new StoredVerdicts(pool, store, transactions).causedBy(ids(good)))
                .containsExactlyElementsOf(expected.verdicts());
    }

    private static List<UUID> ids(List<FactEnvelope<?>> facts) {
        return facts.stream().map(FactEnvelope::factId).toList();
    }
}
