package dev.chancery.query.read;

import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.StatusPoint;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The status points of events as of a transaction time: per event, its first version and each version whose
 * invitation state differs from the one before it (in recorded_from, revision order), without payloads. That is
 * all {@link dev.chancery.query.projection.StatusHistory} and the first report need, and it stays a few rows
 * however often an event is revised (an event revised thousands of times would otherwise send its whole history).
 */
@ApplicationScoped
public class StatusPoints {
    private final Pool pool;
    private final String sql;

    public StatusPoints(Pool pool, StoreConfig config) {
        this.pool = pool;
        String schema = config.schema();
        this.sql = "SELECT event_id, revision, recorded_from, invitation_state FROM (SELECT event_id, revision,"
                + " recorded_from, invitation_state, lag(invitation_state) OVER w AS before, row_number() OVER w AS n"
                + " FROM " + schema + ".event_versions WHERE generation = (SELECT active_generation FROM " + schema
                + ".projection_state WHERE name = 'events') AND event_id = ANY($1) AND recorded_from <= $2"
                + " WINDOW w AS (PARTITION BY event_id ORDER BY recorded_from, revision)) p"
                + " WHERE n = 1 OR invitation_state IS DISTINCT FROM before";
    }

    public Uni<List<StatusPoint>> of(Collection<String> eventIds, Instant asOf) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(sql)
                .execute(Tuple.of(eventIds.toArray(String[]::new), asOf.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<StatusPoint> out = new ArrayList<>();
                    for (Row r : rows) {
                        out.add(point(r));
                    }
                    return out;
                });
    }

    private static StatusPoint point(Row r) {
        return new StatusPoint(r.getString("event_id"), r.getInteger("revision"),
                r.getOffsetDateTime("recorded_from").toInstant(), r.getString("invitation_state"));
    }
}
