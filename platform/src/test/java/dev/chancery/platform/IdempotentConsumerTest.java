package dev.chancery.platform;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class IdempotentConsumerTest {
    @Inject
    IdempotentConsumer consumer;
    @Inject
    FactStore store;
    @Inject
    Pool pool;

    @Test
    void aRedeliveredFactChangesStateOnce() {
        UUID factId = UUID.randomUUID();
        String stream = "derived-" + factId;
        for (int delivery = 0; delivery < 3; delivery++) {
            process(factId, stream, Uni.createFrom().voidItem());
        }
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void aFailedChangeLeavesTheFactUnprocessedSoARetryRunsIt() {
        UUID factId = UUID.randomUUID();
        String stream = "derived-" + factId;
        assertThatThrownBy(() -> process(factId, stream, Uni.createFrom().failure(new IllegalStateException("boom"))))
                .hasMessageContaining("boom");
        assertThat(store.readStream(stream).await().indefinitely()).isEmpty();

        assertThat(process(factId, stream, Uni.createFrom().voidItem())).isTrue();
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void firstTimeAllMarksEachIdOnceAndOnlyItsFirstOccurrenceCounts() {
        UUID done = UUID.randomUUID(), a = UUID.randomUUID(), b = UUID.randomUUID();
        record Case(String consumer, List<UUID> ids, List<Boolean> expected) {
        }
        for (Case c : List.of(
                new Case("batch-consumer", List.of(done), List.of(true)),
                new Case("batch-consumer", List.of(a, done, b, a, done), List.of(true, false, true, false, false)),
                new Case("batch-consumer", List.of(b, a), List.of(false, false)),
                new Case("other-consumer", List.of(a), List.of(true)))) {
            List<Boolean> first = pool.withTransaction(conn -> consumer.firstTimeAll(conn, c.consumer(), c.ids()))
                    .await().indefinitely();
            assertThat(first).as("%s %s", c.consumer(), c.ids()).containsExactlyElementsOf(c.expected());
        }
    }

    /** The consumer's pattern: mark the fact, and only the first time append to the stream, then {@code after}. */
    private boolean process(UUID factId, String stream, Uni<Void> after) {
        return pool.withTransaction(conn -> consumer.firstTimeAll(conn, "test-consumer", List.of(factId))
                .chain(first -> !first.get(0) ? Uni.createFrom().item(false)
                        : store.append(conn, stream, ExpectedVersion.any(), List.of(TestFacts.extracted(stream, 1)))
                                .chain(() -> after).replaceWith(true)))
                .await().indefinitely();
    }
}
