package dev.chancery.platform.consumer;

import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;

/**
 * Runs a consumer's state change at most once per fact: the fact id is recorded in {@code processed_facts}
 * in the same transaction as the change, so a redelivered or replayed fact is skipped.
 */
@ApplicationScoped
public class IdempotentConsumer {
    private final FactStore store;

    public IdempotentConsumer(FactStore store) {
        this.store = store;
    }

    /**
     * Applies {@code change} in a transaction unless {@code consumer} already processed {@code factId}.
     *
     * @return true when the change ran, false for a duplicate
     */
    public Uni<Boolean> process(String consumer, UUID factId, Function<SqlConnection, Uni<?>> change) {
        return store.pool().withTransaction(conn -> firstTime(conn, consumer, factId)
                .chain(first -> first ? change.apply(conn).replaceWith(true) : Uni.createFrom().item(false)));
    }

    /** Records the fact as processed; false when it already was. */
    public Uni<Boolean> firstTime(SqlConnection conn, String consumer, UUID factId) {
        return conn.preparedQuery("INSERT INTO " + store.table("processed_facts")
                        + " (consumer, fact_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(consumer, factId)).map(rows -> rows.rowCount() == 1);
    }
}
