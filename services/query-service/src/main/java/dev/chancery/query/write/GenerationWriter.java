package dev.chancery.query.write;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.query.projection.BatchTimeline.Placed;
import dev.chancery.query.projection.ProjectionName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Applies a batch of one projection's facts to one of its generations inside the caller's transaction, in a
 * constant number of round trips: the generation's lock, the processed-facts insert (only facts new to the
 * generation go on, each once, in batch order), one {@link TableBatch} per table, one insert of the verdict
 * facts' claim changes ({@link ClaimChangeTable}), and the stream changes.
 */
@Singleton
public class GenerationWriter {
    // The live consumer and a rebuild both write a rebuild's generation, and placing reads a key's versions
    // before writing them: writers of one generation take turns. So row ids of a generation also commit in
    // increasing order, which CurrentInvitations relies on.
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('chancery.query.' || $1), $2)";

    private final ProcessedFacts processed;
    private final ChangeWriter changes;
    private final ProjectionTables tables;
    private final ClaimChangeTable claimChanges;

    public GenerationWriter(ProcessedFacts processed, ChangeWriter changes, ProjectionTables tables,
            ClaimChangeTable claimChanges) {
        this.processed = processed;
        this.changes = changes;
        this.claimChanges = claimChanges;
        this.tables = tables;
    }

    /** How many of the facts were new to the generation; {@code stream} logs their changes for the stream. */
    public Uni<Integer> apply(SqlConnection c, ProjectionName projection, int generation,
            List<FactEnvelope<FactPayload>> facts, boolean stream) {
        List<UUID> ids = facts.stream().map(FactEnvelope::factId).distinct().toList();
        return c.preparedQuery(LOCK).execute(Tuple.of(projection.id(), generation))
                .chain(() -> processed.firstTimes(c, projection.id(), generation, ids))
                .chain(first -> {
                    List<FactEnvelope<FactPayload>> fresh = firstDeliveries(facts, first);
                    return write(c, projection, generation, fresh, stream).replaceWith(fresh.size());
                });
    }

    private Uni<Void> write(SqlConnection c, ProjectionName projection, int generation,
            List<FactEnvelope<FactPayload>> fresh, boolean stream) {
        Uni<List<Placed<?>>> placed = Uni.createFrom().item(new ArrayList<>());
        for (VersionTable<?> table : tables.of(projection)) {
            placed = placed.call(all -> TableBatch.write(c, table, fresh, generation).invoke(all::addAll));
        }
        return placed.call(() -> claimChanges.insert(c, fresh, generation))
                .chain(all -> stream ? changes.append(c, all) : Uni.createFrom().voidItem());
    }

    /** The first delivery of each fact in {@code first}, in batch order. */
    static List<FactEnvelope<FactPayload>> firstDeliveries(List<FactEnvelope<FactPayload>> facts, Set<UUID> first) {
        Set<UUID> taken = new HashSet<>();
        return facts.stream().filter(f -> first.contains(f.factId()) && taken.add(f.factId())).toList();
    }
}
