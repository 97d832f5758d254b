package dev.chancery.query.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.Views.InvitationView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A gathering's invitations as of now, computed once per version of the gathering's events and shared by every
 * read until the next version. The version is read from the database on each request (one index probe), so a
 * change applied by any replica is seen at once: a change to the answer is a new event_versions row (a newer
 * version, or a version arriving late), and writers of a generation take turns until they commit, so the newest
 * row id of the gathering in the active generation, with the active generations, changes whenever the answer may. Concurrent reads of one version share one
 * computation, and each view of it (filters, page, sources) is written as JSON once.
 */
@ApplicationScoped
public class CurrentInvitations {
    private final Pool pool;
    private final InvitationQuery query;
    private final ObjectMapper json;
    private final String versionSql;
    private static final int MAX_VIEWS = 32;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** A version's answer, and its JSON renderings by view (filters, page, sources), a few kept per version. */
    private record Entry(String version, Uni<InvitationQuery.Answer> answer, Map<String, byte[]> rendered) {
        Entry(String version, Uni<InvitationQuery.Answer> answer) {
            this(version, answer, new ConcurrentHashMap<>());
        }
    }

    public CurrentInvitations(Pool pool, InvitationQuery query, ObjectMapper json, StoreConfig config) {
        this.pool = pool;
        this.query = query;
        this.json = json;
        String schema = config.schema();
        this.versionSql = "SELECT s.gens, (SELECT max(v.row_id) FROM " + schema + ".event_versions v"
                + " WHERE v.generation = s.events AND v.gathering = $1) AS n FROM (SELECT string_agg(name || ':'"
                + " || active_generation, ',' ORDER BY name) AS gens, max(active_generation) FILTER"
                + " (WHERE name = 'events') AS events FROM " + schema + ".projection_state) s";
    }

    /**
     * The JSON of {@code view} applied to the gathering's invitations as of now; {@code viewKey} names the view
     * (the same key must always mean the same view), and its rendering is kept with the version's answer.
     */
    public Uni<byte[]> rendered(String gathering, String viewKey, Function<List<InvitationView>, ?> view) {
        return entry(gathering).chain(entry -> answer(gathering, entry).map(answer -> {
            byte[] cached = entry.rendered().get(viewKey);
            if (cached != null) {
                return cached;
            }
            byte[] bytes = write(view.apply(answer.rows()));
            if (answer.complete() && entry.rendered().size() < MAX_VIEWS) {
                entry.rendered().putIfAbsent(viewKey, bytes);
            }
            return bytes;
        }));
    }

    private Uni<Entry> entry(String gathering) {
        return pool.preparedQuery(versionSql).execute(Tuple.of(gathering)).map(rows -> {
            Row row = rows.iterator().next();
            String version = row.getString("gens") + "/" + row.getLong("n");
            Entry fresh = new Entry(version, query.answer(gathering, Instant.now()).memoize().indefinitely());
            return entries.compute(gathering,
                    (g, cached) -> cached != null && cached.version().equals(version) ? cached : fresh);
        });
    }

    private Uni<InvitationQuery.Answer> answer(String gathering, Entry entry) {
        return entry.answer()
                .onFailure().invoke(() -> entries.remove(gathering, entry))
                .invoke(answer -> {
                    if (!answer.complete()) {
                        entries.remove(gathering, entry);
                    }
                });
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("invitations cannot be written as JSON", e);
        }
    }

    /** Gatherings with a cached answer (for tests and metrics). */
    public int size() {
        return entries.size();
    }
}
