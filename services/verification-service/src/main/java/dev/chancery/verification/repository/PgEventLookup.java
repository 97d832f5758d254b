package dev.chancery.verification.repository;

import dev.chancery.platform.store.BlockingSql;
import dev.chancery.verification.domain.ClusterKey;
import dev.chancery.verification.domain.DateSpan;
import dev.chancery.verification.domain.EventLookup;
import dev.chancery.verification.domain.EventState;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verification domain's {@link EventLookup} over PostgreSQL, bound to one transaction's connection and used
 * from a worker thread (it waits for each query, through {@link BlockingSql}). Used for supersession; runs of claims use {@link BatchEventLookup}.
 */
public final class PgEventLookup implements EventLookup {
    private final BlockingSql sql;
    private final String schema;
    private final StoredEventReader reader;
    private final Map<String, StoredEvent> loaded = new HashMap<>();

    public PgEventLookup(BlockingSql sql, String schema) {
        this.sql = sql;
        this.schema = schema;
        this.reader = new StoredEventReader(sql, schema);
    }

    @Override
    public List<EventState> candidates(ClusterKey key, DateSpan window) {
        return states(reader.where("e.cluster_key = $1 AND " + CandidateFilter.sql("e", "$2::date", "$3::date"),
                Tuple.of(key.canonical(), window.start(), window.end())));
    }

    @Override
    public List<EventState> citing(String articleId) {
        return states(reader.where("e.event_id IN (SELECT event_id FROM " + schema + ".event_citations"
                + " WHERE article_id = $1)", Tuple.of(articleId)));
    }

    /** Every event read so far, by event id: what the states computed from them are written against. */
    public Map<String, StoredEvent> loaded() {
        return loaded;
    }

    @Override
    public boolean superseded(String articleId, String extractorVersion) {
        return sql.query("SELECT 1 FROM " + schema + ".superseded_extractions WHERE article_id = $1"
                + " AND extractor_version = $2", Tuple.of(articleId, extractorVersion)).iterator().hasNext();
    }

    private List<EventState> states(List<StoredEvent> read) {
        read.forEach(e -> loaded.put(e.eventId(), e));
        return read.stream().map(StoredEvent::state).toList();
    }
}
