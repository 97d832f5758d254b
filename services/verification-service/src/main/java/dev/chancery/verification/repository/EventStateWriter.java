package dev.chancery.verification.repository;

import dev.chancery.platform.store.BlockingSql;
import dev.chancery.verification.domain.EventState;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes event states, their citations and supersessions, and takes the cluster-key locks, inside the caller's
 * transaction; each write is one round trip however many rows it carries.
 */
public final class EventStateWriter {
    private final BlockingSql sql;
    private final String schema;

    public EventStateWriter(BlockingSql sql, String schema) {
        this.sql = sql;
        this.schema = schema;
    }

    /**
     * Upserts every state (one row per event, with a fresh version token), writes the claim rows that joined or
     * changed since the original was read and deletes those that left, and inserts the citations that are not stored
     * yet: four statements however many events and claims.
     *
     * @param originals the stored events the states were computed from, by event id (none for a new event)
     * @return the events as now stored, to be cached
     */
    public List<StoredEvent> saveAll(Collection<EventState> states, Map<String, StoredEvent> originals,
                                     Collection<Citation> citations) {
        List<StoredEvent> written = new ArrayList<>();
        ClaimRows rows = new ClaimRows();
        for (EventState state : states) {
            StoredEvent original = originals.get(state.eventId());
            rows.diff(original, state);
            written.add(new StoredEvent(state, token()));
        }
        if (!written.isEmpty()) {
            sql.batch("INSERT INTO " + schema + ".events (event_id, cluster_key, span_start, span_end,"
                    + " revision, state, version, judgement_claims)"
                    + " VALUES ($1, $2, $3, $4, $5, ($6::text)::jsonb, $7, $8)"
                    + " ON CONFLICT (event_id) DO UPDATE SET cluster_key = EXCLUDED.cluster_key,"
                    + " span_start = EXCLUDED.span_start, span_end = EXCLUDED.span_end,"
                    + " revision = EXCLUDED.revision, state = EXCLUDED.state, version = EXCLUDED.version,"
                    + " judgement_claims = EXCLUDED.judgement_claims, updated_at = now()",
                    written.stream().map(EventStateWriter::row).toList());
        }
        rows.write(sql, schema);
        if (!citations.isEmpty()) {
            sql.batch("INSERT INTO " + schema + ".event_citations (article_id, event_id) VALUES ($1, $2)"
                    + " ON CONFLICT DO NOTHING", citations.stream().map(c -> Tuple.of(c.articleId(), c.eventId())).toList());
        }
        return written;
    }

    public void markSuperseded(String articleId, String extractorVersion) {
        sql.query("INSERT INTO " + schema + ".superseded_extractions (article_id, extractor_version)"
                + " VALUES ($1, $2) ON CONFLICT DO NOTHING", Tuple.of(articleId, extractorVersion));
    }

    /**
     * Serialises work on these cluster keys across consumers and replicas until the transaction ends. The locks
     * are taken in one statement in the order of their lock ids, the same order in every transaction, so two
     * replicas locking overlapping keys cannot deadlock.
     */
    public void lockAll(Collection<String> clusterKeys) {
        if (clusterKeys.isEmpty()) {
            return;
        }
        String[] names = clusterKeys.stream().map(k -> "verification:" + k).toArray(String[]::new);
        sql.query("SELECT count(pg_advisory_xact_lock(h)) FROM (SELECT DISTINCT hashtext(k) AS h"
                + " FROM unnest($1::text[]) AS k ORDER BY h) AS ordered", Tuple.tuple().addArrayOfString(names));
    }

    /** A random version token, never the 0 of rows not written since versions were introduced. */
    private static long token() {
        long token;
        do {
            token = ThreadLocalRandom.current().nextLong();
        } while (token == 0);
        return token;
    }

    /**
     * The events row: the state without its claims, which are rows of their own, and, where {@link JudgementClaims}
     * can tell them by position, without its judgement's claim lists.
     */
    private static Tuple row(StoredEvent stored) {
        EventState s = stored.state();
        String code = JudgementClaims.code(s);
        var state = new EventState(s.eventId(), s.key(), s.anchor(), s.event(), s.span(), List.of(),
                code == null ? s.judgement() : JudgementClaims.withoutLists(s.judgement()), s.revision());
        var span = state.span();
        return Tuple.tuple().addString(state.eventId()).addString(state.key().canonical())
                .addLocalDate(span == null ? null : span.start()).addLocalDate(span == null ? null : span.end())
                .addInteger(state.revision()).addString(EventStateJson.write(state))
                .addLong(stored.version()).addString(code);
    }
}
