package dev.chancery.verification.service;

import dev.chancery.platform.kafka.ConsumerGate;
import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.repository.EventStateCache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A cached event state is used only while its row carries the cached version: another replica's write wins. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class StateCacheTest {
    @Inject
    VerificationService service;
    @Inject
    EventStateCache cache;
    @Inject
    BlockingTransactions transactions;
    @Inject
    FactStore store;
    @Inject
    IdempotentConsumer consumer;
    @Inject
    StoreConfig config;
    @Inject
    Pool pool;

    @Test
    void anEventChangedByAnotherReplicaIsReadFromTheDatabaseNotFromTheCache() {
        List<FactEnvelope<?>> facts = new RecurringClaims().facts(60);
        service.applyAll(facts.subList(0, 40));
        Map<String, Long> cachedBefore = versions();
        cachedBefore.entrySet().removeIf(e -> cache.get(e.getKey(), e.getValue()) == null);
        assertThat(cachedBefore).isNotEmpty();

        var otherReplica = new VerificationService(transactions, store, consumer, config, new EventStateCache(2000),
                new ConsumerGate());
        assertThat(otherReplica.applyAll(facts.subList(40, 42)).rejected()).isEmpty();
        Map<String, Long> changed = versions();
        changed.entrySet().removeIf(e -> e.getValue().equals(cachedBefore.get(e.getKey())));
        assertThat(changed.keySet()).as("events held in this replica's cache that the other one changed")
                .containsAnyElementsOf(cachedBefore.keySet());

        Applied applied = service.applyAll(facts.subList(42, 60));

        assertThat(applied.rejected()).isEmpty();
        EngineReplay expected = EngineReplay.ofBatches(List.of(facts.subList(0, 40), facts.subList(40, 42),
                facts.subList(42, 60)));
        var stored = new StoredVerdicts(pool, store, transactions);
        assertThat(stored.causedBy(BatchApplicationTest.ids(facts))).containsExactlyElementsOf(expected.verdicts());
        assertThat(stored.states(expected.states().keySet())).isEqualTo(expected.states());
    }

    /** Version of every event holding a claim of this run, by event id. */
    private Map<String, Long> versions() {
        Map<String, Long> out = new HashMap<>();
        pool.preparedQuery("SELECT event_id, version FROM verification.events WHERE event_id IN"
                        + " (SELECT event_id FROM verification.event_claims)").execute(Tuple.tuple())
                .await().indefinitely().forEach(r -> out.put(r.getString("event_id"), r.getLong("version")));
        return out;
    }
}
