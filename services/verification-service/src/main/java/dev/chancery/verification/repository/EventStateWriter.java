package dev.chancery.verification.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.verification.domain.ClaimSummary;
import dev.chancery.verification.domain.EventState;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Upserts an event's state, its citations and supersessions inside the caller's transaction. */
public final class EventStateWriter {
    private final SqlConnection conn;
    private final String schema;

    public EventStateWriter(SqlConnection conn, String schema) {
        this.conn = conn;
        this.schema = schema;
    }

    public void save(EventState state) {
        String json;
        try {
            json = ChanceryJson.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event state cannot be written", e);
        }
        var span = state.span();
        conn.preparedQuery("INSERT INTO " + schema + ".events (event_id, cluster_key, span_start, span_end, revision, state)"
                        + " VALUES ($1, $2, $3, $4, $5, ($6::text)::jsonb) ON CONFLICT (event_id) DO UPDATE SET"
                        + " cluster_key = EXCLUDED.cluster_key, span_start = EXCLUDED.span_start,"
                        + " span_end = EXCLUDED.span_end, revision = EXCLUDED.revision, state = EXCLUDED.state,"
                        + " updated_at = now()")
                .execute(Tuple.tuple().addString(state.eventId()).addString(state.key().canonical())
                        .addLocalDate(span == null ? null : span.start()).addLocalDate(span == null ? null : span.end())
                        .addInteger(state.revision()).addString(json))
                .await().indefinitely();
        for (ClaimSummary claim : state.claims()) {
            conn.preparedQuery("INSERT INTO " + schema + ".event_citations (article_id, event_id) VALUES ($1, $2)"
                    + " ON CONFLICT DO NOTHING").execute(Tuple.of(claim.articleId(), state.eventId()))
                    .await().indefinitely();
        }
    }

    public void markSuperseded(String articleId, String extractorVersion) {
        conn.preparedQuery("INSERT INTO " + schema + ".superseded_extractions (article_id, extractor_version)"
                        + " VALUES ($1, $2) ON CONFLICT DO NOTHING").execute(Tuple.of(articleId, extractorVersion))
                .await().indefinitely();
    }

    /** Serialises work on one cluster key across consumers and replicas until the transaction ends. */
    public void lock(String clusterKey) {
        conn.preparedQuery("SELECT pg_advisory_xact_lock(hashtext($1))").execute(Tuple.of("verification:" + clusterKey))
                .await().indefinitely();
    }
}
