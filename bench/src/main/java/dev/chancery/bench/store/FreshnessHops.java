package dev.chancery.bench.store;

import dev.chancery.embedded.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an article's freshness goes, hop by hop, read from the query service's own tables once the platform is quiet:
 * for each article ingested in a window, its earliest claim naming a gathering that reached an event, and along that
 * claim the times each stage recorded. A fact's {@code recorded_from} is the producing store's transaction time; a
 * {@code processed_facts.processed_at} is the query transaction's start. The last hop (the answer a reader gets, which
 * may be a cached one) is not here: it is the client's freshness minus these.
 */
public final class FreshnessHops {
    /** The hops, in order, and how each is computed from the columns of {@link #SQL}. */
    public static final List<String> HOPS = List.of("ingestedToExtracted", "extractedToVerified",
            "verifiedToApplied", "ingestedToApplied");

    private static final String SQL = """
            WITH a AS (
              SELECT article_id, min(recorded_from) AS ingested FROM query.articles
              WHERE recorded_from >= ? AND recorded_from < ? GROUP BY article_id),
            chain AS (
              SELECT a.article_id, a.ingested, c.recorded_from AS extracted, pc.processed_at AS claim_applied,
                     ev.recorded_from AS verified, pv.processed_at AS verdict_applied
              FROM a
              JOIN query.claims c ON c.article_id = a.article_id AND c.gathering IS NOT NULL
              JOIN query.processed_facts pc ON pc.projection = 'claims' AND pc.generation = c.generation
                   AND pc.fact_id = c.fact_id
              JOIN query.event_claim_changes x ON x.claim_id = c.claim_id AND x.stance IS NOT NULL
              JOIN query.event_versions ev ON ev.generation = x.generation AND ev.event_id = x.event_id
                   AND ev.revision = x.revision
              JOIN query.processed_facts pv ON pv.projection = 'events' AND pv.generation = ev.generation
                   AND pv.fact_id = ev.fact_id)
            SELECT DISTINCT ON (article_id) ingested, extracted, verified, greatest(claim_applied, verdict_applied)
            FROM chain ORDER BY article_id, greatest(claim_applied, verdict_applied)
            """;

    private FreshnessHops() {
    }

    /** Per hop, its p50, p90, p99 and max in ms over the articles ingested in [from, to); empty if none. */
    public static Map<String, Map<String, Double>> between(String jdbcUrl, Instant from, Instant to)
            throws Exception {
        List<List<Double>> values = new ArrayList<>();
        HOPS.forEach(h -> values.add(new ArrayList<>()));
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setTimestamp(1, Timestamp.from(from));
            s.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long ingested = millis(rs, 1);
                    long extracted = millis(rs, 2);
                    long verified = millis(rs, 3);
                    long applied = millis(rs, 4);
                    values.get(0).add((double) (extracted - ingested));
                    values.get(1).add((double) (verified - extracted));
                    values.get(2).add((double) (applied - verified));
                    values.get(3).add((double) (applied - ingested));
                }
            }
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (int i = 0; i < HOPS.size(); i++) {
            out.put(HOPS.get(i), percentiles(values.get(i)));
        }
        return out;
    }

    private static long millis(ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getTimestamp(column).toInstant().toEpochMilli();
    }

    /** Nearest-rank p50, p90, p99, max and the count; empty when there are no values. */
    static Map<String, Double> percentiles(List<Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return out;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        out.put("p50Ms", rank(sorted, 50));
        out.put("p90Ms", rank(sorted, 90));
        out.put("p99Ms", rank(sorted, 99));
        out.put("maxMs", sorted[sorted.length - 1]);
        out.put("articles", (double) sorted.length);
        return out;
    }

    private static double rank(double[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
