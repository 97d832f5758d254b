package dev.chancery.platform.store;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.config.StoreConfig;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;

/**
 * The outbox as the relay sees it: its checkpoint and the facts after it, read in the relay's transaction. The facts
 * table is the outbox: appends commit in position order (the store's advisory lock), so what lies past the checkpoint
 * is exactly what is not yet published. Only the outbox relay uses it; it lives here because it reads fact rows,
 * which are the store's own.
 */
@ApplicationScoped
public class Outbox {
    private final String facts;
    private final String checkpoints;

    public Outbox(StoreConfig config) {
        this.facts = config.schema() + ".facts";
        this.checkpoints = config.schema() + ".relay_checkpoint";
    }

    /** Creates the relay's checkpoint at position 0 unless it exists. */
    public void ensureCheckpoint(BlockingSql sql, String relay) {
        sql.query("INSERT INTO " + checkpoints + " (relay, position) VALUES ($1, 0) ON CONFLICT DO NOTHING",
                Tuple.of(relay));
    }

    /** Locks the relay's checkpoint for the transaction; empty when another replica holds it. */
    public OptionalLong lockCheckpoint(BlockingSql sql, String relay) {
        Iterator<Row> locked = sql.query("SELECT position FROM " + checkpoints
                + " WHERE relay = $1 FOR UPDATE SKIP LOCKED", Tuple.of(relay)).iterator();
        return locked.hasNext() ? OptionalLong.of(locked.next().getLong("position")) : OptionalLong.empty();
    }

    /** Up to {@code limit} entries after a position, with their facts, in position order. */
    public List<OutboxEntry> after(BlockingSql sql, long afterPosition, int limit) {
        List<OutboxEntry> out = new ArrayList<>();
        sql.query("SELECT " + FactRows.COLUMNS + ", f.trace_parent FROM " + facts
                        + " f WHERE f.position > $1 ORDER BY f.position LIMIT $2", Tuple.of(afterPosition, limit))
                .forEach(r -> {
                    FactEnvelope<FactPayload> fact = FactRows.toHeaderEnvelope(r);
                    out.add(new OutboxEntry(fact, r.getString("payload").getBytes(StandardCharsets.UTF_8),
                            fact.type().topic(), fact.streamId(), r.getString("trace_parent")));
                });
        return out;
    }

    /**
     * The relay's checkpoint (read without the lock, so any replica can tell), the newest position and when the first
     * fact past the checkpoint was recorded (null when there is none).
     */
    public Backlog backlog(BlockingSql sql, String relay, Instant now) {
        Iterator<Row> row = sql.query("SELECT c.position, (SELECT max(position) FROM " + facts + ") AS newest,"
                + " (SELECT f.recorded_at FROM " + facts + " f WHERE f.position > c.position ORDER BY f.position"
                + " LIMIT 1) AS oldest FROM " + checkpoints + " c WHERE c.relay = $1", Tuple.of(relay)).iterator();
        if (!row.hasNext()) {
            return Backlog.EMPTY;
        }
        Row r = row.next();
        OffsetDateTime oldest = r.getOffsetDateTime("oldest");
        return Backlog.of(r.getLong("position"), r.getLong("newest"), oldest == null ? null : oldest.toInstant(), now);
    }

    public void advanceCheckpoint(BlockingSql sql, String relay, long position) {
        sql.query("UPDATE " + checkpoints + " SET position = $2, updated_at = now() WHERE relay = $1",
                Tuple.of(relay, position));
    }
}
