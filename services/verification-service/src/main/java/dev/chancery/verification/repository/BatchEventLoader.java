package dev.chancery.verification.repository;

import dev.chancery.platform.store.BlockingSql;
import dev.chancery.verification.domain.DateSpan;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads, in one round trip each, what a batch transaction needs before it applies its facts: the candidate events
 * of all its cluster keys (each key with the union of its claims' windows) and the superseded extractor versions
 * of its articles.
 */
public final class BatchEventLoader {
    private final BlockingSql sql;
    private final String schema;
    private final EventStateCache cache;

    public BatchEventLoader(BlockingSql sql, String schema, EventStateCache cache) {
        this.sql = sql;
        this.schema = schema;
        this.cache = cache;
    }

    /** @param windows canonical cluster key to the window covering every claim of the batch with that key */
    public BatchEventLookup load(Map<String, DateSpan> windows, Collection<String> articleIds) {
        return new BatchEventLookup(windows.keySet(), candidates(windows), superseded(articleIds));
    }

    static String pair(String articleId, String extractorVersion) {
        return articleId + '\u001f' + extractorVersion;
    }

    /**
     * The candidate events: their version tokens first, then, in one statement, the state and claims of those whose
     * cached copy does not carry the stored token (those are cached in turn).
     */
    private List<StoredEvent> candidates(Map<String, DateSpan> windows) {
        List<StoredEvent> out = new ArrayList<>();
        if (windows.isEmpty()) {
            return out;
        }
        String select = "SELECT e.event_id, e.version FROM " + schema + ".events e"
                + " JOIN unnest($1::text[], $2::date[], $3::date[]) AS w(k, s, t) ON e.cluster_key = w.k"
                + " WHERE " + CandidateFilter.sql("e", "w.s", "w.t");
        Tuple params = Tuple.tuple().addArrayOfString(windows.keySet().toArray(String[]::new))
                .addArrayOfLocalDate(windows.values().stream().map(DateSpan::start).toArray(LocalDate[]::new))
                .addArrayOfLocalDate(windows.values().stream().map(DateSpan::end).toArray(LocalDate[]::new));
        List<String> missing = new ArrayList<>();
        sql.query(select, params).forEach(row -> {
            StoredEvent cached = cache.get(row.getString("event_id"), row.getLong("version"));
            if (cached != null) {
                out.add(cached);
            } else {
                missing.add(row.getString("event_id"));
            }
        });
        List<StoredEvent> read = new StoredEventReader(sql, schema).byIds(missing);
        cache.putAll(read);
        out.addAll(read);
        return out;
    }

    private Set<String> superseded(Collection<String> articleIds) {
        Set<String> out = new HashSet<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        sql.query("SELECT article_id, extractor_version FROM " + schema + ".superseded_extractions"
                        + " WHERE article_id = ANY($1)", Tuple.tuple().addArrayOfString(articleIds.toArray(String[]::new)))
                .forEach(row -> out.add(pair(row.getString("article_id"), row.getString("extractor_version"))));
        return out;
    }
}
