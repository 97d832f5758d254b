package dev.chancery.verification.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.json.ChanceryJson;
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
 * from a worker thread (it waits for each query).
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
        String sql = "SELECT state::text AS state FROM " + schema + ".events WHERE cluster_key = $1"
                + " AND (span_start IS NULL OR (($2::date IS NULL OR span_end >= $2) AND ($3::date IS NULL OR span_start <= $3)))"
                + " ORDER BY event_id";
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
        for (Row row : rows) {
            try {
                out.add(ChanceryJson.mapper().readValue(row.getString("state"), EventState.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored event state is unreadable", e);
            }
        }
        return out;
    }
}
