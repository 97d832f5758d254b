package dev.chancery.query.read;

import dev.chancery.platform.config.StoreConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the change log for the SSE stream with the reactive SQL client directly: the stream polls from timer
 * threads where no Hibernate Reactive session can be bound.
 */
@ApplicationScoped
public class ChangeLog {
    private final Pool pool;
    private final String table;

    public ChangeLog(Pool pool, StoreConfig config) {
        this.pool = pool;
        this.table = config.schema() + ".changes";
    }

    /** A change as the stream sends it. */
    public record Change(long seq, String kind, String eventId, String data) {
    }

    /** Changes after {@code seq}, oldest first. */
    public Uni<List<Change>> after(long seq, int limit) {
        return pool.preparedQuery("SELECT seq, kind, event_id, data FROM " + table
                        + " WHERE seq > $1 ORDER BY seq LIMIT $2")
                .execute(Tuple.of(seq, limit)).map(rows -> {
                    List<Change> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(new Change(r.getLong("seq"), r.getString("kind"), r.getString("event_id"),
                                r.getString("data")));
                    }
                    return out;
                });
    }

    /** The last sequence number written, 0 when none. */
    public Uni<Long> last() {
        return pool.query("SELECT coalesce(max(seq), 0) AS seq FROM " + table).execute()
                .map(rows -> rows.iterator().next().getLong("seq"));
    }
}
