package dev.chancery.query.write;

import dev.chancery.platform.config.StoreConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The query service's own processed-facts table: a fact id recorded per projection and generation, in the
 * same transaction as the projection change, so redelivery and replay change nothing twice.
 */
@ApplicationScoped
public class ProcessedFacts {
    private final String insert;

    public ProcessedFacts(StoreConfig config) {
        this.insert = "INSERT INTO " + config.schema() + ".processed_facts (projection, generation, fact_id)"
                + " SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING RETURNING fact_id";
    }

    /** Records the facts as processed for this projection generation; yields those that were not yet. */
    public Uni<Set<UUID>> firstTimes(SqlConnection c, String projection, int generation, List<UUID> factIds) {
        return c.preparedQuery(insert).execute(Tuple.of(projection, generation, factIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Set<UUID> first = new HashSet<>();
                    for (Row r : rows) {
                        first.add(r.getUUID("fact_id"));
                    }
                    return first;
                });
    }
}
