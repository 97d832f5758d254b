package dev.chancery.query.read;

import dev.chancery.platform.config.StoreConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The events of a gathering with an event_versions row newer than a given row id, and the newest row id now, in the
 * active generation: what a recomputation of the gathering's current invitations must read again. A version that
 * arrives late (recorded before the current one) is such a row too, though the current version stays the same. Row
 * ids of a generation commit in increasing order ({@link GenerationWriter}), so no row older than the newest read
 * here can commit later. Two index range scans on {@code (generation, gathering, row_id)}.
 */
@ApplicationScoped
public class GatheringChanges {
    private final Pool pool;
    private final String sql;

    /** The newest row id of the gathering (0 if none) and the events with rows newer than the one asked about. */
    public record Since(long newest, Set<String> changed) {
    }

    public GatheringChanges(Pool pool, StoreConfig config) {
        this.pool = pool;
        String versions = config.schema() + ".event_versions";
        this.sql = "SELECT (SELECT max(v.row_id) FROM " + versions + " v WHERE v.generation = g.active"
                + " AND v.gathering = $1) AS newest, (SELECT array_agg(DISTINCT v.event_id) FROM " + versions + " v"
                + " WHERE v.generation = g.active AND v.gathering = $1 AND v.row_id > $2) AS changed"
                + " FROM (SELECT active_generation AS active FROM " + config.schema() + ".projection_state"
                + " WHERE name = 'events') g";
    }

    public Uni<Since> since(String gathering, long rowId) {
        return pool.preparedQuery(sql).execute(Tuple.of(gathering, rowId)).map(rows -> {
            Row row = rows.iterator().next();
            Long newest = row.getLong("newest");
            String[] changed = row.getArrayOfStrings("changed");
            return new Since(newest == null ? 0 : newest, changed == null ? Set.of() : Set.of(changed));
        });
    }
}
