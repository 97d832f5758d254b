package dev.chancery.verification.repository;

import dev.chancery.platform.store.BlockingSql;
import dev.chancery.verification.domain.EventState;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads events with their claim rows in one statement, for any condition on {@code events e}. An event's claims are
 * kept sorted by claim id ({@code EventState}), so the rows are ordered by id, byte by byte as Java compares them.
 */
public final class StoredEventReader {
    private final BlockingSql sql;
    private final String schema;

    public StoredEventReader(BlockingSql sql, String schema) {
        this.sql = sql;
        this.schema = schema;
    }

    /** The events with these ids, in event id order. */
    public List<StoredEvent> byIds(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return where("e.event_id = ANY($1)", Tuple.tuple().addArrayOfString(eventIds.toArray(String[]::new)));
    }

    /** The events matching an SQL condition over {@code e} (the events table), in event id order. */
    public List<StoredEvent> where(String condition, Tuple params) {
        String select = "SELECT e.version, e.judgement_claims,"
                + " jsonb_set(e.state, '{claims}', coalesce(c.summaries, '[]'::jsonb))::text AS state FROM " + schema + ".events e LEFT JOIN LATERAL (SELECT jsonb_agg(summary ORDER BY"
                + " claim_id COLLATE \"C\") AS summaries FROM " + schema + ".event_claims WHERE event_id ="
                + " e.event_id) c ON true WHERE "
                + condition + " ORDER BY e.event_id";
        List<StoredEvent> out = new ArrayList<>();
        sql.query(select, params).forEach(row -> {
            EventState state = JudgementClaims.withLists(EventStateJson.read(row.getString("state")),
                    row.getString("judgement_claims"));
            out.add(new StoredEvent(state, row.getLong("version")));
        });
        return out;
    }
}
