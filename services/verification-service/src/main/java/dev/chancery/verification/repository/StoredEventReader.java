package dev.chancery.verification.repository;

import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads events with their claim rows (in position order) in one statement, for any condition on {@code events e}. */
public final class StoredEventReader {
    private final SqlClient client;
    private final String schema;

    public StoredEventReader(SqlClient client, String schema) {
        this.client = client;
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
        String sql = "SELECT e.version, jsonb_set(e.state, '{claims}', coalesce(c.summaries, '[]'::jsonb))::text"
                + " AS state, c.positions FROM " + schema + ".events e LEFT JOIN LATERAL (SELECT"
                + " jsonb_agg(summary ORDER BY position) AS summaries, array_agg(position ORDER BY position) AS"
                + " positions FROM " + schema + ".event_claims WHERE event_id = e.event_id) c ON true WHERE "
                + condition + " ORDER BY e.event_id";
        List<StoredEvent> out = new ArrayList<>();
        client.preparedQuery(sql).execute(params).await().indefinitely().forEach(row -> {
            var state = EventStateJson.read(row.getString("state"));
            Integer[] positions = row.getArrayOfIntegers("positions");
            Map<String, Integer> byClaim = new TreeMap<>();
            for (int i = 0; i < state.claims().size(); i++) {
                byClaim.put(state.claims().get(i).claimId(), positions[i]);
            }
            out.add(new StoredEvent(state, row.getLong("version"), byClaim));
        });
        return out;
    }
}
