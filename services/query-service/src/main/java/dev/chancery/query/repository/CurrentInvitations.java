package dev.chancery.query.repository;

import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.Views.InvitationView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A gathering's invitations as of now, computed once per version of the gathering's events and shared by every
 * read until the next version. The version is read from the database on each request (one indexed count), so a
 * change applied by any replica is seen at once: projection rows are only ever inserted (a newer version, or a
 * version arriving late, is a new row), so the count of a gathering's event versions in the active generation,
 * with the active generations, changes whenever the answer may. Concurrent reads of one version share one
 * computation.
 */
@ApplicationScoped
public class CurrentInvitations {
    private final Pool pool;
    private final InvitationQuery query;
    private final String versionSql;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(String version, Uni<InvitationQuery.Answer> answer) {
    }

    public CurrentInvitations(Pool pool, InvitationQuery query, StoreConfig config) {
        this.pool = pool;
        this.query = query;
        String schema = config.schema();
        this.versionSql = "SELECT s.gens, (SELECT count(*) FROM " + schema + ".event_versions v"
                + " WHERE v.generation = s.events AND v.gathering = $1) AS n FROM (SELECT string_agg(name || ':'"
                + " || active_generation, ',' ORDER BY name) AS gens, max(active_generation) FILTER"
                + " (WHERE name = 'events') AS events FROM " + schema + ".projection_state) s";
    }

    public Uni<List<InvitationView>> of(String gathering) {
        return pool.preparedQuery(versionSql).execute(Tuple.of(gathering)).chain(rows -> {
            Row row = rows.iterator().next();
            String version = row.getString("gens") + "/" + row.getLong("n");
            Entry fresh = new Entry(version, query.answer(gathering, Instant.now()).memoize().indefinitely());
            Entry chosen = entries.compute(gathering,
                    (g, cached) -> cached != null && cached.version().equals(version) ? cached : fresh);
            return chosen.answer()
                    .onFailure().invoke(() -> entries.remove(gathering, chosen))
                    .invoke(answer -> {
                        if (!answer.complete()) {
                            entries.remove(gathering, chosen);
                        }
                    })
                    .map(InvitationQuery.Answer::rows);
        });
    }

    /** Gatherings with a cached answer (for tests and metrics). */
    public int size() {
        return entries.size();
    }
}
