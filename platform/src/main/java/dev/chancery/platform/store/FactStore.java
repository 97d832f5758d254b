package dev.chancery.platform.store;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.platform.metrics.FactMeters;
import dev.chancery.platform.tracing.Appending;
import dev.chancery.platform.tracing.FactTracing;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's append-only event store: append to one or several streams with expected versions, read streams.
 * Every append also writes the outbox in the same transaction ({@link Outbox} is the relay's side). Appends are
 * serialised by a transaction-scoped advisory lock so that positions commit in order and the relay never skips a
 * fact that committed late. The tables are the store's own: callers read facts only through these methods.
 */
@ApplicationScoped
public class FactStore {
    private final Pool pool;
    private final Transactions transactions;
    private final String facts;
    private final FactInserts inserts;
    private final FactTracing tracing;
    private final FactMeters meters;

    public FactStore(Pool pool, Transactions transactions, StoreConfig config, FactTracing tracing, FactMeters meters) {
        this.pool = pool;
        this.transactions = transactions;
        this.tracing = tracing;
        this.meters = meters;
        this.facts = config.schema() + ".facts";
        this.inserts = new FactInserts(facts, config.producer());
    }

    /** Appends in a transaction of its own. */
    public Uni<List<FactEnvelope<FactPayload>>> append(String streamId, ExpectedVersion expected,
            List<? extends FactEnvelope<?>> facts) {
        return transactions.inTransaction(conn -> append(conn, streamId, expected, facts));
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
        Appending appending = tracing.appending();
        return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of(facts))
                .chain(() -> currentVersions(conn, streams))
                .chain(current -> inserts.insert(conn, AppendPlan.of(appends, current), appending::traceParentOf))
                .invoke(meters::appended)
                .onTermination().invoke(appending::end);
    }

    /** Every fact of a stream, in version order. */
    public Uni<List<FactEnvelope<FactPayload>>> readStream(String streamId) {
        return pool.preparedQuery("SELECT " + FactRows.COLUMNS + " FROM " + facts
                        + " f WHERE stream_id = $1 ORDER BY stream_version")
                .execute(Tuple.of(streamId)).map(FactRows::envelopes);
    }

    /** The facts of one type in these streams, inside the caller's transaction, by stream then version. */
    public Uni<List<FactEnvelope<FactPayload>>> readStreams(SqlConnection conn, Collection<String> streamIds,
            FactType type) {
        return conn.preparedQuery("SELECT " + FactRows.COLUMNS + " FROM " + facts
                        + " f WHERE stream_id = ANY($1) AND type = $2 ORDER BY stream_id, stream_version")
                .execute(Tuple.of(streamIds.toArray(String[]::new), type.typeName())).map(FactRows::envelopes);
    }

    /** Current versions of those of {@code streams} that exist; read after the lock, so nobody appends meanwhile. */
    private Uni<Map<String, Long>> currentVersions(SqlConnection conn, String[] streams) {
        return conn.preparedQuery("SELECT stream_id, max(stream_version) AS v FROM " + facts
                        + " WHERE stream_id = ANY($1) GROUP BY stream_id")
                .execute(Tuple.tuple().addArrayOfString(streams)).map(rows -> {
                    Map<String, Long> versions = new HashMap<>();
                    rows.forEach(r -> versions.put(r.getString("stream_id"), r.getLong("v")));
                    return versions;
                });
    }
}
