package dev.chancery.query.it;

import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projection rows of a set of keys in one generation, column by column except row_id and generation, in a
 * stable order: what two ways of building a projection must agree on.
 */
final class ProjectionRows {
    /** Each projection table and the column its keys are in. */
    static final Map<String, String> TABLES = Map.of("articles", "article_id", "claims", "claim_id",
            "extractions", "article_id", "event_versions", "event_id", "event_claim_changes", "event_id");
    /** The projection each table belongs to. */
    static final Map<String, String> PROJECTION = Map.of("articles", "articles", "claims", "claims",
            "extractions", "claims", "event_versions", "events", "event_claim_changes", "events");
    /** The table that is not one row per fact (one per claim change, without versions): its stable order. */
    private static final String CLAIM_CHANGES = "event_claim_changes";

    private ProjectionRows() {
    }

    /** Every table's rows whose key matches {@code pattern} (LIKE), in the generation of its projection. */
    static Map<String, List<String>> of(String pattern, Map<String, Integer> generations) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        TABLES.keySet().stream().sorted().forEach(t -> out.put(t, rows(t, pattern, generations.get(PROJECTION.get(t)))));
        return out;
    }

    /** Every table's rows whose key matches {@code pattern} in one generation. */
    static Map<String, List<String>> of(String pattern, int generation) {
        return of(pattern, Map.of("articles", generation, "claims", generation, "events", generation));
    }

    static List<String> rows(String table, String pattern, int generation) {
        String key = TABLES.get(table);
        String order = table.equals(CLAIM_CHANGES) ? "event_id, claim_id, revision" : key + ", recorded_from, fact_id";
        return query("SELECT * FROM query." + table + " WHERE generation = ? AND " + key + " LIKE ?"
                + " ORDER BY " + order, generation, pattern);
    }

    /** The stream changes of the events matching {@code pattern}, per event in sequence order. */
    static List<String> changes(String pattern) {
        return query("SELECT event_id, kind, fact_id, data FROM query.changes WHERE event_id LIKE ?"
                + " ORDER BY event_id, seq", pattern);
    }

    /** How many rows the distinct facts of a mix make in each table of one row per fact. */
    static Map<String, Long> expectedCounts(List<FactEnvelope<FactPayload>> distinct) {
        Map<String, Long> out = new LinkedHashMap<>();
        onePerFact().forEach(t -> out.put(t, 0L));
        for (FactEnvelope<FactPayload> f : distinct) {
            out.merge(switch (f.type()) {
                case ARTICLE_INGESTED -> "articles";
                case CLAIM_EXTRACTED -> "claims";
                case ARTICLE_EXTRACTED -> "extractions";
                case EVENT_VERIFIED, VERDICT_REVISED -> "event_versions";
            }, 1L, Long::sum);
        }
        return out;
    }

    static Map<String, Long> counts(String pattern, Map<String, Integer> generations) {
        Map<String, Long> out = new LinkedHashMap<>();
        onePerFact().forEach(t -> out.put(t, Db.count("SELECT count(*) FROM query." + t
                + " WHERE generation = ? AND " + TABLES.get(t) + " LIKE ?", generations.get(PROJECTION.get(t)),
                pattern)));
        return out;
    }

    private static List<String> onePerFact() {
        return TABLES.keySet().stream().filter(t -> !t.equals(CLAIM_CHANGES)).sorted().toList();
    }

    private static List<String> query(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestInfrastructure.get().postgres().jdbcUrl(),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnName(i);
                        if (!column.equals("row_id") && !column.equals("generation")) {
                            row.append(column).append('=').append(rs.getString(i)).append(" | ");
                        }
                    }
                    out.add(row.toString());
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
