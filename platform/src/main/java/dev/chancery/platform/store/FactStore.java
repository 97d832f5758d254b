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
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The service's append-only event store: append to a stream with an expected version, read a stream,
 * read or subscribe from a global position. Every append also writes the outbox in the same transaction.
 * Appends are serialised by a transaction-scoped advisory lock so that positions commit in order and the
 * relay never skips a fact that committed late.
 */
@ApplicationScoped
public class FactStore {
    private final Pool pool;
    private final String schema;
    private final String producer;

    public FactStore(Pool pool, StoreConfig config) {
        this.pool = pool;
        this.schema = config.schema();
        this.producer = config.producer();
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
        return conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of(table("facts")))
                .chain(() -> currentVersion(conn, streamId))
                .chain(actual -> {
                    if (!expected.admits(actual)) {
                        return Uni.createFrom().failure(new WrongExpectedVersionException(streamId, expected, actual));
                    }
                    Uni<List<FactEnvelope<FactPayload>>> chain = Uni.createFrom().item(new ArrayList<>());
                    long version = actual;
                    for (FactEnvelope<?> fact : facts) {
                        if (!streamId.equals(fact.streamId())) {
                            return Uni.createFrom().failure(new IllegalArgumentException(
                                    "fact " + fact.factId() + " belongs to stream " + fact.streamId()));
                        }
                        long next = ++version;
                        chain = chain.chain(stored -> insert(conn, fact, next).map(s -> {
                            stored.add(s);
                            return stored;
                        }));
                    }
                    return chain;
                });
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

    private Uni<FactEnvelope<FactPayload>> insert(SqlConnection conn, FactEnvelope<?> fact, long version) {
        String sql = "INSERT INTO " + table("facts") + " AS f (stream_id, stream_version, fact_id, type, payload,"
                + " correlation_id, causation_id, producer, valid_time, published_time)"
                + " VALUES ($1, $2, $3, $4, ($5::text)::jsonb, $6, $7, $8, $9, $10)"
                + " RETURNING " + FactRows.COLUMNS;
        Tuple params = Tuple.tuple().addString(fact.streamId()).addLong(version).addUUID(fact.factId())
                .addString(fact.type().typeName()).addString(FactRows.payloadJson(fact.payload()))
                .addUUID(fact.correlationId()).addUUID(fact.causationId())
                .addString(fact.producer() != null ? fact.producer() : producer)
                .addOffsetDateTime(FactRows.offset(fact.validTime()))
                .addOffsetDateTime(FactRows.offset(fact.publishedTime()));
        return conn.preparedQuery(sql).execute(params)
                .onFailure(PgException.class).transform(e -> translate((PgException) e, fact, version))
                .map(rows -> FactRows.toEnvelope(rows.iterator().next()))
                .call(stored -> conn.preparedQuery("INSERT INTO " + table("outbox")
                                + " (position, topic, record_key) VALUES ($1, $2, $3)")
                        .execute(Tuple.of(stored.position(), stored.type().topic(), stored.streamId())));
    }

    private static Throwable translate(PgException e, FactEnvelope<?> fact, long version) {
        if ("23505".equals(e.getSqlState()) && e.getConstraint() != null && e.getConstraint().contains("fact_id")) {
            return new DuplicateFactException(fact.factId());
        }
        if ("23505".equals(e.getSqlState())) {
            return new WrongExpectedVersionException(fact.streamId(), ExpectedVersion.exactly(version - 1), version);
        }
        return e;
    }

    private static List<FactEnvelope<FactPayload>> envelopes(Iterable<Row> rows) {
        List<FactEnvelope<FactPayload>> out = new ArrayList<>();
        rows.forEach(r -> out.add(FactRows.toEnvelope(r)));
        return out;
    }
}
