package dev.chancery.query.write;

import dev.chancery.query.read.VersionedRow;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One projection table as the batched writer sees it: which facts it holds, the key of its timelines, the
 * column a batch's existing versions are selected by, and its statements for the reactive SQL client. Existing
 * versions are read back only as far as placing new ones needs (shared columns, key, what the stream compares).
 */
public abstract class VersionTable<V extends VersionedRow> {
    private final String table;
    private final String lookup;
    private final List<String> read;
    private final List<String> columns;

    protected VersionTable(String schema, String name, String lookup, List<String> read, List<String> columns) {
        this.table = schema + "." + name;
        this.lookup = lookup;
        this.read = read;
        this.columns = columns;
    }

    /** Whether facts of this type become rows of this table. */
    public abstract boolean holds(FactType type);

    /** The new version a fact makes in a generation. */
    public abstract V row(FactEnvelope<FactPayload> fact, int generation);

    /** The timeline a version belongs to: the value of the lookup column, unless the key has more parts. */
    public abstract Object key(V row);

    /** The value of the lookup column. */
    public String lookupValue(V row) {
        return (String) key(row);
    }

    /** An existing version from the columns in {@code read}. */
    protected abstract V existing(Row r);

    /** The values of {@code columns}, in order. */
    protected abstract List<Object> values(V row);

    /**
     * The existing versions of the keys in $2 that can matter to new versions recorded at or after $3: those not
     * closed by then. A version closed at or before a new version's time neither covers it nor comes after it
     * ({@link dev.chancery.query.projection.TransactionTimeline}), so a much-revised key reads back its current
     * version and the few after $3, not its whole history.
     */
    String selectSql() {
        return "SELECT row_id, recorded_from, recorded_to, " + String.join(", ", read) + " FROM " + table
                + " WHERE generation = $1 AND " + lookup + " = ANY($2) AND (recorded_to IS NULL OR recorded_to > $3)"
                + " ORDER BY recorded_from, row_id";
    }

    String insertSql() {
        String placeholders = IntStream.rangeClosed(1, columns.size() + 4).mapToObj(i -> "$" + i)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (generation, fact_id, recorded_from, recorded_to, "
                + String.join(", ", columns) + ") VALUES (" + placeholders + ")";
    }

    String updateSql() {
        return "UPDATE " + table + " SET recorded_to = $1 WHERE row_id = $2";
    }

    V read(Row r) {
        V v = existing(r);
        v.rowId = r.getLong("row_id");
        v.recordedFrom = instant(r.getOffsetDateTime("recorded_from"));
        v.recordedTo = instant(r.getOffsetDateTime("recorded_to"));
        return v;
    }

    Tuple insertTuple(V row) {
        List<Object> values = new ArrayList<>(columns.size() + 4);
        values.add(row.generation);
        values.add(row.factId);
        values.add(timestamp(row.recordedFrom));
        values.add(timestamp(row.recordedTo));
        values.addAll(values(row));
        return Tuple.from(values);
    }

    Tuple closeTuple(V row) {
        return Tuple.of(timestamp(row.recordedTo), row.rowId);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
