package dev.chancery.faults.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query projections' content in their active generation, as answers to compare: per table and row (every
 * column but the row's serial id and generation), how many such rows there are. A live projection and a rebuild
 * from the topics must give the same map.
 */
final class ProjectionAnswers {
    /** Projection table, and the projection whose active generation it is read in. */
    private static final Map<String, String> TABLES = Map.of("articles", "articles", "claims", "claims",
            "extractions", "claims", "event_versions", "events", "event_claim_changes", "events");
    private final Connection db;

    ProjectionAnswers(Connection db) {
        this.db = db;
    }

    Map<String, String> read() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        for (var table : new TreeMap<>(TABLES).entrySet()) {
            String sql = "SELECT (to_jsonb(t) - 'row_id' - 'generation')::text, count(*) FROM query." + table.getKey()
                    + " t WHERE generation = (SELECT active_generation FROM query.projection_state WHERE name = '"
                    + table.getValue() + "') GROUP BY 1";
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    out.put(table.getKey() + " " + r.getString(1), Long.toString(r.getLong(2)));
                }
            }
        }
        return out;
    }

    /** Active generation per projection, and whether each is LIVE. */
    Map<String, String> states() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name, active_generation, state FROM query.projection_state")) {
            while (r.next()) {
                out.put(r.getString(1), r.getInt(2) + " " + r.getString(3));
            }
        }
        return out;
    }
}
