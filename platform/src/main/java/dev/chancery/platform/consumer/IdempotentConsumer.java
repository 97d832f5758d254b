package dev.chancery.platform.consumer;

import dev.chancery.platform.config.StoreConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Runs a consumer's state change at most once per fact: the fact ids are recorded in {@code processed_facts}
 * in the same transaction as the change, so a redelivered or replayed fact is skipped.
 */
@ApplicationScoped
public class IdempotentConsumer {
    private final String processed;

    public IdempotentConsumer(StoreConfig config) {
        this.processed = config.schema() + ".processed_facts";
    }

    /**
     * Records the facts as processed with one statement, inside the caller's transaction.
     *
     * @return per id, in order, whether it is recorded now for the first time; of an id repeated in the list only
     *         the first occurrence can be
     */
    public Uni<List<Boolean>> firstTimeAll(SqlConnection conn, String consumer, List<UUID> factIds) {
        if (factIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return conn.preparedQuery("INSERT INTO " + processed + " (consumer, fact_id)"
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
