package dev.chancery.query.write;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One projection table as the batched writer sees it: which facts it holds and the record each makes, the key
 * columns of its timelines (a batch's existing versions are selected by the first), and its statements for the
 * reactive SQL client. Existing versions are read back only as far as placing new ones needs: the key and the
 * {@code compared} columns the stream compares a new version with.
 */
public final class VersionTable<F extends Record> {
    private final String table;
    private final RecordColumns<F> columns;
    private final Set<FactType> holds;
    private final Function<FactEnvelope<FactPayload>, F> mapping;
    private final List<String> key;
    private final List<String> read;

    VersionTable(String table, Class<F> type, Set<FactType> holds, Function<FactEnvelope<FactPayload>, F> mapping,
            List<String> key, List<String> compared) {
        this.table = table;
        this.columns = new RecordColumns<>(type);
        this.holds = holds;
        this.mapping = mapping;
        this.key = key;
        this.read = Stream.concat(key.stream(), compared.stream()).toList();
    }

    /** Whether facts of this type become rows of this table. */
    public boolean holds(FactType type) {
        return holds.contains(type);
    }

    /** The new version a fact makes in a generation. */
    StoredVersion<F> row(FactEnvelope<FactPayload> fact, int generation) {
        return new StoredVersion<>(null, generation, fact.factId(), mapping.apply(fact), fact.recordedAt(), null);
    }

    /** The timeline a version belongs to: the values of the key columns. */
    Object key(StoredVersion<F> row) {
        return key.stream().map(c -> columns.value(row.fields, c)).toList();
    }

    /** The value of the lookup column (the first key column). */
    String lookupValue(StoredVersion<F> row) {
        return (String) columns.value(row.fields, key.get(0));
    }

    /**
     * The existing versions of the keys in $2 that can matter to new versions recorded at or after $3: those not
     * closed by then. A version closed at or before a new version's time neither covers it nor comes after it
     * ({@link dev.chancery.query.projection.TransactionTimeline}), so a much-revised key reads back its current
     * version and the few after $3, not its whole history.
     */
    String selectSql() {
        return "SELECT row_id, recorded_from, recorded_to, " + String.join(", ", read) + " FROM " + table
                + " WHERE generation = $1 AND " + key.get(0) + " = ANY($2) AND (recorded_to IS NULL OR recorded_to > $3)"
                + " ORDER BY recorded_from, row_id";
    }

    String insertSql() {
        String placeholders = IntStream.rangeClosed(1, columns.names().size() + 4).mapToObj(i -> "$" + i)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (generation, fact_id, recorded_from, recorded_to, "
                + String.join(", ", columns.names()) + ") VALUES (" + placeholders + ")";
    }

    String updateSql() {
        return "UPDATE " + table + " SET recorded_to = $1 WHERE row_id = $2";
    }

    StoredVersion<F> read(Row r) {
        return new StoredVersion<>(r.getLong("row_id"), 0, null, columns.from(r, read),
                instant(r.getOffsetDateTime("recorded_from")), instant(r.getOffsetDateTime("recorded_to")));
    }

    Tuple insertTuple(StoredVersion<F> row) {
        List<Object> values = new ArrayList<>(columns.names().size() + 4);
        values.add(row.generation);
        values.add(row.factId);
        values.add(RecordColumns.sql(row.recordedFrom()));
        values.add(RecordColumns.sql(row.recordedTo()));
        values.addAll(columns.values(row.fields));
        return Tuple.from(values);
    }

    Tuple closeTuple(StoredVersion<F> row) {
        return Tuple.of(RecordColumns.sql(row.recordedTo()), row.rowId);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
