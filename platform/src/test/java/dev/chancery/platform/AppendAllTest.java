package dev.chancery.platform;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.DuplicateFactException;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import dev.chancery.platform.store.Outbox;
import dev.chancery.platform.store.OutboxEntry;
import dev.chancery.platform.store.StreamAppend;
import dev.chancery.platform.store.WrongExpectedVersionException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class AppendAllTest {
    @Inject
    FactStore store;
    @Inject
    Outbox outbox;
    @Inject
    BlockingTransactions transactions;
    @Inject
    Pool pool;

    @Test
    void severalStreamsGetTheVersionsAndPositionsOfSequentialAppends() {
        List<StreamAppend> sequential = scenario();
        List<FactEnvelope<FactPayload>> one = new ArrayList<>();
        for (StreamAppend a : sequential) {
            one.addAll(store.append(a.streamId(), a.expected(), a.facts()).await().indefinitely());
        }
        List<StreamAppend> batched = scenario();
        List<FactEnvelope<FactPayload>> all = appendAll(batched);

        assertThat(all).extracting(FactEnvelope::streamVersion)
                .containsExactlyElementsOf(one.stream().map(FactEnvelope::streamVersion).toList());
        assertThat(all).extracting(FactEnvelope::factId)
                .containsExactlyElementsOf(batched.stream().flatMap(a -> a.facts().stream())
                        .map(f -> f.factId()).toList());
        assertThat(all).extracting(FactEnvelope::position).isSorted().doesNotHaveDuplicates();
        assertThat(all.get(0).producer()).isEqualTo("platform-test/0");
        assertThat(store.readStream(batched.get(0).streamId()).await().indefinitely()).hasSize(3);
        List<OutboxEntry> outbox = transactions.inTransaction(sql -> this.outbox.after(sql,
                all.get(0).position() - 1, all.size()));
        assertThat(outbox).extracting(o -> o.fact().factId())
                .containsExactlyElementsOf(all.stream().map(FactEnvelope::factId).toList());
        assertThat(outbox).extracting(OutboxEntry::key)
                .containsExactlyElementsOf(all.stream().map(FactEnvelope::streamId).toList());
    }

    /** Three streams, the first and third already started; the appends to them, not yet made. */
    private List<StreamAppend> scenario() {
        String a = "all-a-" + UUID.randomUUID(), b = "all-b-" + UUID.randomUUID(), c = "all-c-" + UUID.randomUUID();
        store.append(a, ExpectedVersion.noStream(), List.of(TestFacts.extracted(a, 1))).await().indefinitely();
        store.append(c, ExpectedVersion.noStream(), List.of(TestFacts.extracted(c, 1), TestFacts.extracted(c, 2)))
                .await().indefinitely();
        return List.of(
                new StreamAppend(a, ExpectedVersion.exactly(1),
                        List.of(TestFacts.extracted(a, 2), TestFacts.extracted(a, 3))),
                new StreamAppend(b, ExpectedVersion.noStream(), List.of(TestFacts.extracted(b, 1))),
                new StreamAppend(c, ExpectedVersion.any(), List.of(TestFacts.extracted(c, 3))));
    }

    @Test
    void aStaleExpectedVersionInOneAppendFailsTheWholeCallAndWritesNothing() {
        String fresh = "all-fresh-" + UUID.randomUUID(), started = "all-started-" + UUID.randomUUID();
        store.append(started, ExpectedVersion.noStream(), List.of(TestFacts.extracted(started, 1)))
                .await().indefinitely();

        assertThatThrownBy(() -> appendAll(List.of(
                new StreamAppend(fresh, ExpectedVersion.noStream(), List.of(TestFacts.extracted(fresh, 1))),
                new StreamAppend(started, ExpectedVersion.noStream(), List.of(TestFacts.extracted(started, 2))))))
                .isInstanceOf(WrongExpectedVersionException.class)
                .hasMessageContaining(started).hasMessageContaining("expected no stream")
                .hasMessageContaining("at version 1");
        assertThat(store.readStream(fresh).await().indefinitely()).isEmpty();
        assertThat(store.readStream(started).await().indefinitely()).hasSize(1);
    }

    @Test
    void appendsToTheSameStreamInOneCallChain() {
        String s = "all-chain-" + UUID.randomUUID(), t = "all-other-" + UUID.randomUUID();
        var stored = appendAll(List.of(
                new StreamAppend(s, ExpectedVersion.noStream(),
                        List.of(TestFacts.extracted(s, 1), TestFacts.extracted(s, 2))),
                new StreamAppend(t, ExpectedVersion.noStream(), List.of(TestFacts.extracted(t, 1))),
                new StreamAppend(s, ExpectedVersion.exactly(2), List.of(TestFacts.extracted(s, 3)))));
        assertThat(stored).extracting(FactEnvelope::streamVersion).containsExactly(1L, 2L, 1L, 3L);

        String u = "all-twice-" + UUID.randomUUID();
        assertThatThrownBy(() -> appendAll(List.of(
                new StreamAppend(u, ExpectedVersion.noStream(), List.of(TestFacts.extracted(u, 1))),
                new StreamAppend(u, ExpectedVersion.noStream(), List.of(TestFacts.extracted(u, 2))))))
                .isInstanceOf(WrongExpectedVersionException.class).hasMessageContaining("at version 1");
        assertThat(store.readStream(u).await().indefinitely()).isEmpty();
    }

    @Test
    void aFactIdAlreadyStoredOrRepeatedIsADuplicate() {
        String s = "all-dup-" + UUID.randomUUID(), t = "all-dup-other-" + UUID.randomUUID();
        var fact = TestFacts.extracted(s, 1);
        store.append(s, ExpectedVersion.any(), List.of(fact)).await().indefinitely();

        assertThatThrownBy(() -> appendAll(List.of(
                new StreamAppend(t, ExpectedVersion.any(), List.of(TestFacts.extracted(t, 1))),
                new StreamAppend(s, ExpectedVersion.any(), List.of(TestFacts.extracted(s, 2), fact)))))
                .isInstanceOf(DuplicateFactException.class).hasMessageContaining(fact.factId().toString());
        var repeated = TestFacts.extracted(t, 2);
        assertThatThrownBy(() -> appendAll(List.of(
                new StreamAppend(t, ExpectedVersion.any(), List.of(repeated, repeated)))))
                .isInstanceOf(DuplicateFactException.class).hasMessageContaining(repeated.factId().toString());
        assertThat(store.readStream(s).await().indefinitely()).hasSize(1);
        assertThat(store.readStream(t).await().indefinitely()).isEmpty();
    }

    /**
     * A reader that follows positions, as the relay does, sees every fact: no transaction commits a position lower
     * than one already committed. Each transaction lingers after appending, which without the lock would let later
     * positions commit first.
     */
    @Test
    void concurrentAppendsCommitTheirPositionsInOrder() {
        long start = pool.query("SELECT coalesce(max(position), 0) AS p FROM platform_test.facts").execute()
                .await().indefinitely().iterator().next().getLong("p");
        List<CompletableFuture<List<FactEnvelope<FactPayload>>>> appends = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            List<StreamAppend> batch = IntStream.range(0, 3).mapToObj(k -> "all-conc-" + UUID.randomUUID())
                    .map(s -> new StreamAppend(s, ExpectedVersion.noStream(), List.of(TestFacts.extracted(s, 1))))
                    .toList();
            Uni<List<FactEnvelope<FactPayload>>> tx = i % 4 == 0
                    ? store.append(batch.get(0).streamId(), ExpectedVersion.noStream(), batch.get(0).facts())
                    : pool.withTransaction(conn -> store.appendAll(conn, batch)
                            .call(() -> conn.query("SELECT pg_sleep(0.02)").execute()));
            appends.add(tx.subscribeAsCompletionStage());
        }
        Set<UUID> seen = new HashSet<>();
        long last = start;
        boolean done = false;
        while (!done) {
            done = appends.stream().allMatch(CompletableFuture::isDone);
            for (Row r : pool.preparedQuery("SELECT position, fact_id FROM platform_test.facts WHERE position > $1"
                    + " ORDER BY position").execute(Tuple.of(last)).await().indefinitely()) {
                seen.add(r.getUUID("fact_id"));
                last = r.getLong("position");
            }
        }
        List<UUID> appended = appends.stream().flatMap(f -> f.join().stream()).map(FactEnvelope::factId).toList();
        assertThat(appended).hasSize(4 * 1 + 12 * 3);
        assertThat(seen).containsAll(appended);
    }

    /** Not a test of speed: prints what one call saves over one append per stream. */
    @Test
    void measuresAppendAllAgainstOneAppendPerStream() {
        for (int round = 0; round < 3; round++) {
            List<StreamAppend> one = streams(400), all = streams(400);
            long t0 = System.nanoTime();
            pool.withTransaction(conn -> {
                Uni<?> chain = Uni.createFrom().voidItem();
                for (StreamAppend a : one) {
                    chain = chain.chain(() -> store.append(conn, a.streamId(), a.expected(), a.facts()));
                }
                return chain;
            }).await().indefinitely();
            long t1 = System.nanoTime();
            appendAll(all);
            long t2 = System.nanoTime();
            System.out.printf("400 facts to 400 streams in one transaction (round %d): append %d ms, appendAll %d ms%n",
                    round + 1, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }

    private static List<StreamAppend> streams(int count) {
        return IntStream.range(0, count).mapToObj(i -> "all-bench-" + UUID.randomUUID())
                .map(s -> new StreamAppend(s, ExpectedVersion.noStream(), List.of(TestFacts.extracted(s, 1)))).toList();
    }

    private List<FactEnvelope<FactPayload>> appendAll(List<StreamAppend> appends) {
        return pool.withTransaction(conn -> store.appendAll(conn, appends)).await().indefinitely();
    }
}
