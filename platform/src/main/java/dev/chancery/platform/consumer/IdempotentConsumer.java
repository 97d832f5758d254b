package dev.chancery.platform.consumer;

import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        return firstTimeAll(conn, consumer, List.of(factId)).map(first -> first.get(0));
    }

    /**
     * Records the facts as processed with one statement.
     *
     * @return per id, in order, whether it is recorded now for the first time; of an id repeated in the list only
     *         the first occurrence can be
     */
    public Uni<List<Boolean>> firstTimeAll(SqlConnection conn, String consumer, List<UUID> factIds) {
        if (factIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery("INSERT INTO " + store.table("processed_facts") + " (consumer, fact_id)"
                        + " SELECT DISTINCT $1::text, id FROM unnest($2::uuid[]) AS id"
                        + " ON CONFLICT DO NOTHING RETURNING fact_id")
                .execute(Tuple.tuple().addString(consumer).addArrayOfUUID(factIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Set<UUID> fresh = new HashSet<>();
                    rows.forEach(r -> fresh.add(r.getUUID("fact_id")));
                    return factIds.stream().map(fresh::remove).toList();
                });
    }
}
