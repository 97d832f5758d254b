package dev.chancery.verification.repository;

import dev.chancery.model.fact.FactEnvelope;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The platform's {@code processed_facts} idempotence mark for a whole batch in one statement: records every fact as
 * processed by the consumer in the caller's transaction and keeps those it had not processed before.
 */
public final class ProcessedFacts {
    private final SqlConnection conn;
    private final String table;

    /** @param table the qualified {@code processed_facts} table ({@code FactStore.table}) */
    public ProcessedFacts(SqlConnection conn, String table) {
        this.conn = conn;
        this.table = table;
    }

    /** The facts seen for the first time, in their order; a fact id repeated within the batch counts once. */
    public <F extends FactEnvelope<?>> List<F> firstTime(String consumer, List<F> facts) {
        Set<UUID> fresh = new HashSet<>();
        conn.preparedQuery("INSERT INTO " + table + " (consumer, fact_id) SELECT DISTINCT $1::text, id"
                        + " FROM unnest($2::uuid[]) AS id ON CONFLICT DO NOTHING RETURNING fact_id")
                .execute(Tuple.tuple().addString(consumer)
                        .addArrayOfUUID(facts.stream().map(FactEnvelope::factId).toArray(UUID[]::new)))
                .await().indefinitely().forEach(row -> fresh.add(row.getUUID("fact_id")));
        return facts.stream().filter(f -> fresh.remove(f.factId())).toList();
    }
}
