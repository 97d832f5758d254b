package dev.chancery.platform;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
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

    @Test
    void aRedeliveredFactChangesStateOnce() {
        UUID factId = UUID.randomUUID();
        String stream = "derived-" + factId;
        for (int delivery = 0; delivery < 3; delivery++) {
            consumer.process("test-consumer", factId, conn -> store.append(conn, stream, ExpectedVersion.any(),
                    List.of(TestFacts.extracted(stream, 1)))).await().indefinitely();
        }
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void aFailedChangeLeavesTheFactUnprocessedSoARetryRunsIt() {
        UUID factId = UUID.randomUUID();
        String stream = "derived-" + factId;
        assertThatThrownBy(() -> consumer.process("test-consumer", factId, conn -> store.append(conn, stream,
                        ExpectedVersion.any(), List.of(TestFacts.extracted(stream, 1)))
                .chain(() -> Uni.createFrom().failure(new IllegalStateException("boom")))).await().indefinitely())
                .hasMessageContaining("boom");
        assertThat(store.readStream(stream).await().indefinitely()).isEmpty();

        boolean ran = consumer.process("test-consumer", factId, conn -> store.append(conn, stream,
                ExpectedVersion.any(), List.of(TestFacts.extracted(stream, 1)))).await().indefinitely();
        assertThat(ran).isTrue();
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void firstTimeAllMarksEachIdOnceAndOnlyItsFirstOccurrenceCounts() {
        UUID done = UUID.randomUUID(), a = UUID.randomUUID(), b = UUID.randomUUID();
        store.pool().withTransaction(conn -> consumer.firstTime(conn, "batch-consumer", done)).await().indefinitely();

        List<Boolean> first = store.pool().withTransaction(conn -> consumer.firstTimeAll(conn, "batch-consumer",
                List.of(a, done, b, a, done))).await().indefinitely();
        assertThat(first).containsExactly(true, false, true, false, false);
        List<Boolean> again = store.pool().withTransaction(conn -> consumer.firstTimeAll(conn, "batch-consumer",
                List.of(b, a))).await().indefinitely();
        assertThat(again).containsExactly(false, false);
        List<Boolean> otherConsumer = store.pool().withTransaction(conn -> consumer.firstTimeAll(conn, "other-consumer",
                List.of(a))).await().indefinitely();
        assertThat(otherConsumer).containsExactly(true);
    }
}
