package dev.chancery.verification.repository;

import dev.chancery.verification.domain.ClusterKey;
import dev.chancery.verification.domain.DateSpan;
import dev.chancery.verification.domain.EventLookup;
import dev.chancery.verification.domain.EventState;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * The verification domain's {@link EventLookup} over PostgreSQL, bound to one transaction's connection and used
 * from a worker thread (it waits for each query). Used for supersession; runs of claims use {@link BatchEventLookup}.
 */
public final class PgEventLookup implements EventLookup {
    private final SqlConnection conn;
    private final String schema;

    public PgEventLookup(SqlConnection conn, String schema) {
        this.conn = conn;
        this.schema = schema;
    }

    @Override
    public List<EventState> candidates(ClusterKey key, DateSpan window) {
        String sql = "SELECT e.state::text AS state FROM " + schema + ".events e WHERE e.cluster_key = $1 AND "
                + CandidateFilter.sql("e", "$2::date", "$3::date") + " ORDER BY e.event_id";
        return states(conn.preparedQuery(sql).execute(Tuple.of(key.canonical(), window.start(), window.end()))
                .await().indefinitely());
    }

    @Override
    public List<EventState> citing(String articleId) {
        String sql = "SELECT e.state::text AS state FROM " + schema + ".events e JOIN " + schema
                + ".event_citations c ON c.event_id = e.event_id WHERE c.article_id = $1 ORDER BY e.event_id";
        return states(conn.preparedQuery(sql).execute(Tuple.of(articleId)).await().indefinitely());
    }

    @Override
    public boolean superseded(String articleId, String extractorVersion) {
        return conn.preparedQuery("SELECT 1 FROM " + schema + ".superseded_extractions WHERE article_id = $1"
                        + " AND extractor_version = $2").execute(Tuple.of(articleId, extractorVersion))
                .await().indefinitely().iterator().hasNext();
    }

    private static List<EventState> states(Iterable<Row> rows) {
        List<EventState> out = new ArrayList<>();
        rows.forEach(row -> out.add(EventStateJson.read(row.getString("state"))));
        return out;
    }
}
