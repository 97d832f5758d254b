package dev.chancery.query.read;

import dev.chancery.model.verdict.ClaimMembership;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.ClaimChange;
import dev.chancery.query.projection.ClaimStances;
import dev.chancery.query.projection.EventVersions;
import dev.chancery.query.projection.EventVersions.Snapshot;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The full snapshots of stored event versions: each version's payload with the claims behind the event at its
 * revision, read for every version of a request in one statement from {@code event_claim_changes} (per claim, its
 * latest change at or before the revision, in the version's generation).
 */
@ApplicationScoped
public class EventClaims {
    private final Pool pool;
    private final String sql;

    public EventClaims(Pool pool, StoreConfig config) {
        this.pool = pool;
        this.sql = "SELECT event_id, revision, claim_id, changed_at, stance FROM (SELECT DISTINCT ON (v.generation,"
                + " v.event_id, v.revision, c.claim_id) v.event_id, v.revision, c.claim_id,"
                + " c.revision AS changed_at, c.stance"
                + " FROM unnest($1::int[], $2::text[], $3::int[]) AS v(generation, event_id, revision)"
                + " JOIN " + config.schema() + ".event_claim_changes c ON c.generation = v.generation"
                + " AND c.event_id = v.event_id AND c.revision <= v.revision"
                + " ORDER BY v.generation, v.event_id, v.revision, c.claim_id, c.revision DESC) latest"
                + " WHERE stance IS NOT NULL";
    }

    /** The snapshots of {@code versions}, in their order. */
    public Uni<List<Snapshot>> snapshots(List<EventVersionRow> versions) {
        if (versions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Tuple params = Tuple.of(versions.stream().map(v -> v.generation).toArray(Integer[]::new),
                versions.stream().map(v -> v.eventId).toArray(String[]::new),
                versions.stream().map(v -> v.revision).toArray(Integer[]::new));
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            Map<String, List<ClaimChange>> latest = new HashMap<>();
            for (Row r : rows) {
                ClaimChange change = new ClaimChange(r.getString("event_id"), r.getString("claim_id"),
                        r.getInteger("changed_at"), r.getString("stance"));
                latest.computeIfAbsent(key(change.eventId(), r.getInteger("revision")), k -> new ArrayList<>())
                        .add(change);
            }
            List<Snapshot> out = new ArrayList<>(versions.size());
            for (EventVersionRow v : versions) {
                ClaimMembership claims = ClaimStances.membership(latest.getOrDefault(key(v.eventId, v.revision),
                        List.of()));
                out.add(EventVersions.stated(v.version()).with(claims));
            }
            return out;
        });
    }

    private static String key(String eventId, int revision) {
        return revision + "/" + eventId;
    }
}
