package dev.chancery.query.write;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.query.projection.BatchTimeline;
import dev.chancery.query.projection.BatchTimeline.Placed;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one table's new versions into one generation with three round trips, whatever their number: one SELECT
 * of the existing versions of every key touched that are still open at the batch's earliest time, the placement in
 * memory, one pipelined INSERT batch of the new rows (in batch order) and one pipelined UPDATE batch of the
 * recorded_to of the versions they closed.
 */
final class TableBatch {
    private TableBatch() {
    }

    /** Writes the facts this table holds; yields their placements in batch order. */
    static <F extends Record> Uni<List<Placed<StoredVersion<F>>>> write(SqlConnection c, VersionTable<F> table,
            List<FactEnvelope<FactPayload>> facts, int generation) {
        List<StoredVersion<F>> rows = facts.stream().filter(f -> table.holds(f.type())).map(f -> table.row(f, generation)).toList();
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String[] lookups = rows.stream().map(table::lookupValue).distinct().toArray(String[]::new);
        Instant earliest = rows.stream().map(StoredVersion::recordedFrom).min(Comparator.naturalOrder()).orElseThrow();
        return c.preparedQuery(table.selectSql())
                .execute(Tuple.of(generation, lookups, RecordColumns.sql(earliest)))
                .map(found -> {
                    Map<Object, List<StoredVersion<F>>> existing = new HashMap<>();
                    for (Row r : found) {
                        StoredVersion<F> version = table.read(r);
                        existing.computeIfAbsent(table.key(version), k -> new ArrayList<>()).add(version);
                    }
                    return BatchTimeline.place(rows, table::key, existing);
                })
                .call(plan -> c.preparedQuery(table.insertSql())
                        .executeBatch(plan.placed().stream().map(p -> table.insertTuple(p.row())).toList()))
                .call(plan -> plan.closedExisting().isEmpty() ? Uni.createFrom().voidItem()
                        : c.preparedQuery(table.updateSql())
                                .executeBatch(plan.closedExisting().stream().map(table::closeTuple).toList()))
                .map(BatchTimeline.Plan::placed);
    }
}
