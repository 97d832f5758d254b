package dev.chancery.faults.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Read-only SELECTs on the services' stores: what each stage of the pipeline holds once it has caught up. */
final class StoreReadback {
    private static final String ACTIVE_EVENTS =
            "(SELECT active_generation FROM query.projection_state WHERE name = 'events')";
    private final Connection db;

    StoreReadback(Connection db) {
        this.db = db;
    }

    /** ArticleIngested facts per article (stream) id. */
    Map<String, Integer> articleFacts() throws SQLException {
        return counts("SELECT stream_id, count(*) FROM ingestion.facts WHERE type = 'ArticleIngested' "
                + "GROUP BY stream_id");
    }

    /** ArticleExtracted facts per article@extractorVersion. */
    Map<String, Integer> extractions() throws SQLException {
        return counts("SELECT (payload->>'articleId') || '@' || (payload->>'extractorVersion'), count(*) "
                + "FROM extraction.facts WHERE type = 'ArticleExtracted' GROUP BY 1");
    }

    Set<String> extractorVersions() throws SQLException {
        return ids("SELECT DISTINCT payload->>'extractorVersion' FROM extraction.facts "
                + "WHERE type = 'ArticleExtracted'");
    }

    Set<String> claimsExtracted() throws SQLException {
        return ids("SELECT fact_id FROM extraction.facts WHERE type = 'ClaimExtracted'");
    }

    /** Claim facts marked processed by verification (its mark and its state change share a transaction). */
    Map<String, Integer> claimsVerified() throws SQLException {
        return counts("SELECT p.fact_id, count(*) FROM verification.processed_facts p JOIN extraction.facts f "
                + "ON f.fact_id = p.fact_id AND f.type = 'ClaimExtracted' GROUP BY p.fact_id");
    }

    Set<String> verdictsPublished() throws SQLException {
        return ids("SELECT fact_id FROM verification.facts WHERE type IN ('EventVerified', 'VerdictRevised')");
    }

    /** Event versions in the query's active events projection, per verdict fact: a doubled apply shows as 2. */
    Map<String, Integer> verdictsProjected() throws SQLException {
        return counts("SELECT fact_id, count(*) FROM query.event_versions WHERE generation = " + ACTIVE_EVENTS
                + " GROUP BY fact_id");
    }

    /** The fact types in each store, for the log: a renamed type would otherwise read as everything lost. */
    Map<String, Integer> typesByStore() throws SQLException {
        return counts("SELECT s || ': ' || type, n FROM (SELECT 'ingestion' s, type, count(*) n FROM ingestion.facts "
                + "GROUP BY type UNION ALL SELECT 'extraction', type, count(*) FROM extraction.facts GROUP BY type "
                + "UNION ALL SELECT 'verification', type, count(*) FROM verification.facts GROUP BY type) t");
    }

    private Map<String, Integer> counts(String sql) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.merge(r.getString(1), r.getInt(2), Integer::sum);
            }
        }
        return out;
    }

    private Set<String> ids(String sql) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
