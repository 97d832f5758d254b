package dev.chancery.platform.store;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.config.StoreConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The service's append-only event store: append to one or several streams with expected versions, read a stream,
 * read or subscribe from a global position. Every append also writes the outbox in the same transaction.
 * Appends are serialised by a transaction-scoped advisory lock so that positions commit in order and the
 * relay never skips a fact that committed late.
 */
@ApplicationScoped
public class FactStore {
    private final Pool pool;
    private final String schema;
    private final FactInserts inserts;

    public FactStore(Pool pool, StoreConfig config) {
        this.pool = pool;
        this.schema = config.schema();
        this.inserts = new FactInserts(table("facts"), table("outbox"), config.producer());
    }

    public Pool pool() {
        return pool;
    }

    /** Qualified name of one of this store's tables. */
    public String table(String name) {
        return schema + "." + name;
    }

    /** Appends in a transaction of its own. */
    public Uni<List<FactEnvelope<FactPayload>>> append(String streamId, ExpectedVersion expected,
            List<? extends FactEnvelope<?>> facts) {
        return pool.withTransaction(conn -> append(conn, streamId, expected, facts));
    }

    /** Appends inside the caller's transaction, so that state changes and facts commit together. */
    public Uni<List<FactEnvelope<FactPayload>>> append(SqlConnection conn, String streamId, ExpectedVersion expected,
            List<? extends FactEnvelope<?>> facts) {
        return appendAll(conn, List.of(new StreamAppend(streamId, expected, facts)));
    }

    /**
     * Appends to several streams inside the caller's transaction, with the result of one {@code append} after
     * another: the same versions, positions in input order, the same exceptions; nothing is written when any
     * expected version fails. Appends to the same stream chain.
     *
     * @return every fact as stored, in input order
     */
    public Uni<List<FactEnvelope<FactPayload>>> appendAll(SqlConnection conn, List<StreamAppend> appends) {
        if (appends.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String[] streams = appends.stream().map(StreamAppend::streamId).distinct().toArray(String[]::new);
        return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of(table("facts")))
                .chain(() -> currentVersions(conn, streams))
                .chain(current -> inserts.insert(conn, AppendPlan.of(appends, current)));
    }

    public Uni<Long> currentVersion(SqlConnection conn, String streamId) {
        return conn.preparedQuery("SELECT coalesce(max(stream_version), 0) AS v FROM " + table("facts")
                        + " WHERE stream_id = $1")
                .execute(Tuple.of(streamId)).map(rows -> rows.iterator().next().getLong("v"));
    }

    /** Every fact of a stream, in version order. */
    public Uni<List<FactEnvelope<FactPayload>>> readStream(String streamId) {
        return pool.preparedQuery("SELECT " + FactRows.COLUMNS + " FROM " + table("facts")
                        + " f WHERE stream_id = $1 ORDER BY stream_version")
                .execute(Tuple.of(streamId)).map(FactStore::envelopes);
    }

    public Uni<Optional<FactEnvelope<FactPayload>>> find(UUID factId) {
        return pool.preparedQuery("SELECT " + FactRows.COLUMNS + " FROM " + table("facts") + " f WHERE fact_id = $1")
                .execute(Tuple.of(factId)).map(rows -> envelopes(rows).stream().findFirst());
    }

    /** Up to {@code limit} facts after a global position, in position order. */
    public Uni<List<FactEnvelope<FactPayload>>> readAll(long afterPosition, int limit) {
        return pool.preparedQuery("SELECT " + FactRows.COLUMNS + " FROM " + table("facts")
                        + " f WHERE position > $1 ORDER BY position LIMIT $2")
                .execute(Tuple.of(afterPosition, limit)).map(FactStore::envelopes);
    }

    /** Outbox entries after a position, with their facts, in position order (inside the relay's transaction). */
    public Uni<List<OutboxEntry>> readOutbox(SqlConnection conn, long afterPosition, int limit) {
        return conn.preparedQuery("SELECT " + FactRows.COLUMNS + ", o.topic, o.record_key FROM " + table("outbox") + " o JOIN "
                        + table("facts") + " f ON f.position = o.position WHERE o.position > $1"
                        + " ORDER BY o.position LIMIT $2")
                .execute(Tuple.of(afterPosition, limit)).map(rows -> {
                    List<OutboxEntry> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new OutboxEntry(FactRows.toEnvelope(r), r.getString("topic"),
                            r.getString("record_key"))));
                    return out;
                });
    }

    /** Every fact after a global position, then new ones as they are appended (polled). */
    public Multi<FactEnvelope<FactPayload>> subscribe(long afterPosition, Duration pollInterval) {
        long[] last = {afterPosition};
        return Multi.createBy().repeating()
                .uni(() -> readAll(last[0], 500)
                        .call(batch -> batch.isEmpty()
                                ? Uni.createFrom().voidItem().onItem().delayIt().by(pollInterval)
                                : Uni.createFrom().voidItem())
                        .invoke(batch -> batch.forEach(f -> last[0] = f.position())))
                .indefinitely()
                .onItem().transformToIterable(batch -> batch);
    }

    /** Current versions of those of {@code streams} that exist; read after the lock, so nobody appends meanwhile. */
    private Uni<Map<String, Long>> currentVersions(SqlConnection conn, String[] streams) {
        return conn.preparedQuery("SELECT stream_id, max(stream_version) AS v FROM " + table("facts")
                        + " WHERE stream_id = ANY($1) GROUP BY stream_id")
                .execute(Tuple.tuple().addArrayOfString(streams)).map(rows -> {
                    Map<String, Long> versions = new HashMap<>();
                    rows.forEach(r -> versions.put(r.getString("stream_id"), r.getLong("v")));
                    return versions;
                });
    }

    private static List<FactEnvelope<FactPayload>> envelopes(Iterable<Row> rows) {
        List<FactEnvelope<FactPayload>> out = new ArrayList<>();
        rows.forEach(r -> out.add(FactRows.toEnvelope(r)));
        return out;
    }
}
