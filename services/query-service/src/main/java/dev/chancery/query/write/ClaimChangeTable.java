package dev.chancery.query.write;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.ClaimChange;
import dev.chancery.query.projection.ClaimStances;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * {@code event_claim_changes}: the claim changes of a batch's verdict facts, inserted into one generation with a
 * single statement whatever their number. Rows are keyed by (generation, event, claim, revision) and never
 * updated, so a redelivered fact, or a revision arriving before an earlier one, changes nothing already written.
 */
@Singleton
public class ClaimChangeTable {
    private final ProjectionTables tables;
    private final String insert;

    public ClaimChangeTable(StoreConfig config, ProjectionTables tables) {
        this.tables = tables;
        this.insert = "INSERT INTO " + config.schema() + ".event_claim_changes"
                + " (generation, event_id, claim_id, revision, stance)"
                + " SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[])"
                + " ON CONFLICT DO NOTHING";
    }

    /** Inserts the claim changes of the verdict facts among {@code facts} . */
    public Uni<Void> insert(SqlConnection c, List<FactEnvelope<FactPayload>> facts, int generation) {
        List<ClaimChange> rows = facts.stream().filter(f -> tables.verdict(f.type()))
                .flatMap(f -> ClaimStances.of(f.payload()).stream()).toList();
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return c.preparedQuery(insert).execute(Tuple.of(generation,
                rows.stream().map(ClaimChange::eventId).toArray(String[]::new),
                rows.stream().map(ClaimChange::claimId).toArray(String[]::new),
                rows.stream().map(ClaimChange::revision).toArray(Integer[]::new),
                rows.stream().map(ClaimChange::stance).toArray(String[]::new))).replaceWithVoid();
    }
}
