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
import dev.chancery.verification.service.VerdictChains;
import dev.chancery.verification.domain.EventState;
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
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims sent to the real broker all at once arrive in batches: the stored event states are those of the domain
 * applied one by one, each event's verdicts form a sound chain (one per event and batch run, however the polls split
 * the records), a redelivery adds nothing, and poison records leave the batch for the dead-letter topic.
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
        var stored = new StoredVerdicts(pool, store, transactions);
        var verdicts = assertSoundAndNoMoreThanOneByOne(facts, stored);

        ClaimTopic.sendAll(records);
        assertThat(ClaimTopic.awaitConsumed(Duration.ofMinutes(1))).isTrue();
        assertThat(stored.causedBy(ids(facts))).containsExactlyElementsOf(verdicts);
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
        assertSoundAndNoMoreThanOneByOne(good, new StoredVerdicts(pool, store, transactions));
    }

    /**
     * The polls decide the runs, so the verdicts cannot be predicted one by one: the states must be one by one's
     * (revisions apart) and each event's verdicts a sound chain, no more of them than one transaction per fact gives.
     *
     * @return the verdicts stored
     */
    private static List<EngineReplay.Verdict> assertSoundAndNoMoreThanOneByOne(List<FactEnvelope<?>> facts,
                                                                               StoredVerdicts stored) {
        var oneByOne = EngineReplay.of(facts);
        var states = stored.states(oneByOne.states().keySet());
        Map<String, EventState> apartFromRevisions = new TreeMap<>(states);
        apartFromRevisions.replaceAll((id, s) -> s.withRevision(0));
        assertThat(apartFromRevisions).isEqualTo(oneByOne.statesApartFromRevisions());
        assertThat(VerdictChains.faults(stored.streams(states.keySet()), states)).isEmpty();
        var verdicts = stored.causedBy(ids(facts));
        System.out.printf("%d claims through the broker: %d verdicts, %d one transaction per fact%n", facts.size(),
                verdicts.size(), oneByOne.verdicts().size());
        assertThat(verdicts).isNotEmpty().hasSizeLessThanOrEqualTo(oneByOne.verdicts().size());
        return verdicts;
    }

    private static List<UUID> ids(List<FactEnvelope<?>> facts) {
        return facts.stream().map(FactEnvelope::factId).toList();
    }
}
