package dev.chancery.query.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.config.CurrentReadConfig;
import dev.chancery.query.projection.Views.InvitationView;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A gathering's invitations as of now, computed once per version of the gathering's events and shared by every
 * read until the next version. The version is read from the database (one index probe; for reads that accept an
 * answer some time old, at most once per {@code version-recheck}), so a change applied by any replica is seen: a
 * change to the answer is a new event_versions row (a newer version, or a version arriving late), and writers of a
 * generation take turns until they commit, so the newest row id of the gathering in the active generation, with
 * the active generations, changes whenever the answer may. Concurrent reads of one version share one computation,
 * and each view of it (filters, page, sources) is written as JSON once. While a newer version is computed, reads
 * get the previous answer if it was current at most the allowed staleness ago ({@link AnswerSlot});
 * {@link Rendered#ageMillis()} says how long ago. A computation starts from the gathering's previous complete
 * answer and reads again only the events changed since ({@link InvitationQuery#current}). Answers are assembled
 * and written on worker threads, so that the event loops serving reads only hand out bytes already written.
 */
@ApplicationScoped
public class CurrentInvitations {
    private final Pool pool;
    private final InvitationQuery query;
    private final ObjectMapper json;
    private final String versionSql;
    private final CurrentReadConfig config;
    private static final int MAX_VIEWS = 32;
    private final ConcurrentHashMap<String, AnswerSlot<Computed>> slots = new ConcurrentHashMap<>();
    /** Per gathering, the newest complete answer computed, which the next computation starts from. */
    private final ConcurrentHashMap<String, InvitationQuery.Answer> reusable = new ConcurrentHashMap<>();

    /** A version's answer, and its JSON renderings by view (filters, page, sources), a few kept per version. */
    private record Computed(InvitationQuery.Answer answer, Map<String, byte[]> rendered) {
    }

    /** A view's JSON, and how long ago the answer it shows was last known current (0: it is current). */
    public record Rendered(byte[] json, long ageMillis) {
    }

    public CurrentInvitations(Pool pool, InvitationQuery query, ObjectMapper json, StoreConfig store,
            CurrentReadConfig config) {
        this.pool = pool;
        this.query = query;
        this.json = json;
        this.config = config;
        String schema = store.schema();
        this.versionSql = "SELECT s.gens, (SELECT max(v.row_id) FROM " + schema + ".event_versions v"
                + " WHERE v.generation = s.events AND v.gathering = $1) AS n FROM (SELECT string_agg(name || ':'"
                + " || active_generation, ',' ORDER BY name) AS gens, max(active_generation) FILTER"
                + " (WHERE name = 'events') AS events FROM " + schema + ".projection_state) s";
    }

    /**
     * The JSON of {@code view} applied to the gathering's invitations as of now, or as of at most {@code maxStale}
     * ago; {@code viewKey} names the view (the same key must always mean the same view), and its rendering is kept
     * with the version's answer.
     */
    public Uni<Rendered> rendered(String gathering, String viewKey, Function<List<InvitationView>, ?> view,
            Duration maxStale) {
        return slots.computeIfAbsent(gathering, g -> new AnswerSlot<>(System::nanoTime))
                .read(maxStale.toNanos(), config.versionRecheck().toNanos(), () -> version(gathering),
                        () -> query.current(gathering, reusable.get(gathering))
                                .invoke(answer -> keepReusable(gathering, answer))
                                .map(answer -> new Computed(answer, new ConcurrentHashMap<>())),
                        computed -> computed.answer().complete())
                .chain(served -> render(served.value(), viewKey, view)
                        .map(bytes -> new Rendered(bytes, served.ageNanos() / 1_000_000)));
    }

    /**
     * This replica committed changes to these gatherings: their next reads read the version again instead of
     * trusting a confirmation older than the change (other replicas' changes are seen within the recheck).
     */
    public void changed(Set<String> gatherings) {
        for (String gathering : gatherings) {
            AnswerSlot<Computed> slot = slots.get(gathering);
            if (slot != null) {
                slot.expire();
            }
        }
    }

    /** Every gathering may have changed (a rebuilt projection became the active one). */
    public void changedAll() {
        slots.values().forEach(AnswerSlot::expire);
    }

    private void keepReusable(String gathering, InvitationQuery.Answer answer) {
        if (answer.complete()) {
            // of two computations finishing out of order, the older may win: it is still a valid base, only older
            reusable.put(gathering, answer);
        }
    }

    private Uni<String> version(String gathering) {
        return pool.preparedQuery(versionSql).execute(Tuple.of(gathering)).map(rows -> {
            Row row = rows.iterator().next();
            return row.getString("gens") + "/" + row.getLong("n");
        });
    }

    private Uni<byte[]> render(Computed computed, String viewKey, Function<List<InvitationView>, ?> view) {
        byte[] cached = computed.rendered().get(viewKey);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        // tens of kilobytes of JSON: written on a worker thread, not on the event loop that serves other reads
        return Uni.createFrom().item(() -> {
            byte[] bytes = write(view.apply(computed.answer().rows()));
            if (computed.answer().complete() && computed.rendered().size() < MAX_VIEWS) {
                computed.rendered().putIfAbsent(viewKey, bytes);
            }
            return bytes;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("invitations cannot be written as JSON", e);
        }
    }
}
