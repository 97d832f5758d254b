package dev.chancery.bench.cost;

import dev.chancery.bench.kafka.FactTopics;
import dev.chancery.bench.kafka.TopicOffsets;
import dev.chancery.bench.load.Http;
import dev.chancery.bench.store.StoreCounts;
import dev.chancery.embedded.EmbeddedPostgresServer;
import org.apache.kafka.clients.admin.Admin;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Takes {@link CostSnapshot}s of a running platform: the broker's end offsets, PostgreSQL's statistics, the services' meters. */
public final class CostReader {
    private static final String SCHEMAS = "('ingestion', 'extraction', 'verification', 'query')";
    private final String bootstrap;
    private final String jdbcUrl;
    private final Http http;
    private final Map<String, String> serviceUrls;

    public CostReader(String bootstrap, String jdbcUrl, Http http, Map<String, String> serviceUrls) {
        this.bootstrap = bootstrap;
        this.jdbcUrl = jdbcUrl;
        this.http = http;
        this.serviceUrls = serviceUrls;
    }

    /** A snapshot now; a part that cannot be read is left empty (and so reads as no cost). */
    public CostSnapshot snapshot() {
        Map<String, Long> topics = new TreeMap<>();
        try (Admin admin = TopicOffsets.admin(bootstrap)) {
            TopicOffsets.ends(admin, FactTopics.FACTS).forEach((tp, end) -> topics.merge(tp.topic(), end, Long::sum));
        } catch (Exception e) {
            topics.clear();
        }
        Map<String, Long> facts = new TreeMap<>();
        Map<String, Long> rows = new TreeMap<>();
        long commits = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement s = c.createStatement()) {
            for (String schema : StoreCounts.STORES) {
                try (ResultSet rs = s.executeQuery("SELECT coalesce(max(position), 0) FROM " + schema + ".facts")) {
                    rs.next();
                    facts.put(schema, rs.getLong(1));
                }
            }
            // statistics as other backends last reported them (each reports at least once a second)
            try (ResultSet rs = s.executeQuery("SELECT schemaname || '.' || relname, n_tup_ins + n_tup_upd + n_tup_del"
                    + " FROM pg_stat_user_tables WHERE schemaname IN " + SCHEMAS)) {
                while (rs.next()) {
                    rows.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
                commits = rs.next() ? rs.getLong(1) : 0;
            }
        } catch (Exception e) {
            facts.clear();
            rows.clear();
        }
        Map<String, Long> transactions = new TreeMap<>();
        serviceUrls.forEach((name, url) -> {
            long n = ServiceTransactions.read(http, url);
            if (n >= 0) {
                transactions.put(name, n);
            }
        });
        return new CostSnapshot(topics, facts, rows, transactions, commits);
    }
}
