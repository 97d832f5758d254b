package dev.chancery.platform;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.store.DuplicateFactException;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import dev.chancery.platform.store.WrongExpectedVersionException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class FactStoreTest {
    @Inject
    FactStore store;
    @Inject
    Pool pool;

    @Test
    void appendsWithExpectedVersionsAndReadsTheStreamInOrder() {
        String stream = "stream-" + UUID.randomUUID();
        var first = store.append(stream, ExpectedVersion.noStream(), List.of(TestFacts.extracted(stream, 1)))
                .await().indefinitely();
        var next = store.append(stream, ExpectedVersion.exactly(1),
                List.of(TestFacts.extracted(stream, 2), TestFacts.extracted(stream, 3))).await().indefinitely();

        assertThat(first.get(0).streamVersion()).isEqualTo(1);
        assertThat(next).extracting(FactEnvelope::streamVersion).containsExactly(2L, 3L);
        assertThat(next.get(1).position()).isGreaterThan(next.get(0).position());
        assertThat(next.get(0).recordedAt()).isNotNull();
        assertThat(next.get(0).producer()).isEqualTo("platform-test/0");
        List<FactEnvelope<FactPayload>> read = store.readStream(stream).await().indefinitely();
        assertThat(read).extracting(FactEnvelope::factId)
                .containsExactly(first.get(0).factId(), next.get(0).factId(), next.get(1).factId());
        assertThat(read.get(2).payload()).isEqualTo(next.get(1).payload());
    }

    @Test
    void aStaleExpectedVersionFailsWithAClearError() {
        String stream = "stream-" + UUID.randomUUID();
        store.append(stream, ExpectedVersion.noStream(), List.of(TestFacts.extracted(stream, 1))).await().indefinitely();
        store.append(stream, ExpectedVersion.exactly(1), List.of(TestFacts.extracted(stream, 2))).await().indefinitely();

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.exactly(1), List.of(TestFacts.extracted(stream, 9)))
                .await().indefinitely())
                .isInstanceOf(WrongExpectedVersionException.class)
                .hasMessageContaining(stream).hasMessageContaining("expected version 1")
                .hasMessageContaining("at version 2");
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(2);
    }

    @Test
    void concurrentAppendsAtTheSameExpectedVersionLetExactlyOneWin() {
        String stream = "stream-" + UUID.randomUUID();
        store.append(stream, ExpectedVersion.noStream(), List.of(TestFacts.extracted(stream, 0))).await().indefinitely();
        List<CompletableFuture<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            attempts.add(store.append(stream, ExpectedVersion.exactly(1), List.of(TestFacts.extracted(stream, n)))
                    .map(r -> (Object) r).onFailure().recoverWithItem(e -> e)
                    .subscribeAsCompletionStage());
        }
        List<Object> outcomes = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(outcomes.stream().filter(o -> o instanceof List<?>)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o instanceof WrongExpectedVersionException)).hasSize(11);
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(2);
    }

    @Test
    void theSameFactIdIsStoredOnce() {
        String stream = "stream-" + UUID.randomUUID();
        var fact = TestFacts.extracted(stream, 1);
        store.append(stream, ExpectedVersion.any(), List.of(fact)).await().indefinitely();

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.any(), List.of(fact)).await().indefinitely())
                .isInstanceOf(DuplicateFactException.class);
    }

    @Test
    void updateDeleteAndTruncateOfFactsAreRefusedByTheDatabase() throws SQLException {
        String stream = "stream-" + UUID.randomUUID();
        store.append(stream, ExpectedVersion.noStream(), List.of(TestFacts.extracted(stream, 1))).await().indefinitely();
        var pg = TestInfrastructure.get().postgres();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "postgres");
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE platform_test.facts SET type = 'X' WHERE stream_id = '"
                    + stream + "'")).hasMessageContaining("facts are immutable: UPDATE");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM platform_test.facts WHERE stream_id = '"
                    + stream + "'")).hasMessageContaining("facts are immutable: DELETE");
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE platform_test.facts CASCADE"))
                    .hasMessageContaining("TRUNCATE refused");
        }
        assertThat(store.readStream(stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void readStreamsKeepsTheFactsOfTheTypeInTheNamedStreams() {
        String a = "streams-a-" + UUID.randomUUID(), b = "streams-b-" + UUID.randomUUID(),
                other = "streams-other-" + UUID.randomUUID();
        for (String s : List.of(a, b, other)) {
            store.append(s, ExpectedVersion.noStream(), List.of(TestFacts.extracted(s, 1), TestFacts.extracted(s, 2)))
                    .await().indefinitely();
        }
        record Case(FactType type, List<String> expectedStreams) {
        }
        for (Case c : List.of(new Case(FactType.ARTICLE_EXTRACTED, List.of(a, a, b, b)),
                new Case(FactType.ARTICLE_INGESTED, List.of()))) {
            var read = pool.withTransaction(conn -> store.readStreams(conn, List.of(b, a), c.type()))
                    .await().indefinitely();
            assertThat(read).extracting(FactEnvelope::streamId).containsExactlyElementsOf(c.expectedStreams());
        }
    }
}
