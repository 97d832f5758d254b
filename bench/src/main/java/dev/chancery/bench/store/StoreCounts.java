package dev.chancery.bench.store;

import dev.chancery.embedded.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** How many facts the three fact stores hold: the sum of each store's highest position. */
public final class StoreCounts {
    public static final List<String> STORES = List.of("ingestion", "extraction", "verification");

    private StoreCounts() {
    }

    /** Facts in the three stores at {@code jdbcUrl}, -1 if the database could not be read. */
    public static long facts(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement s = c.createStatement()) {
            long sum = 0;
            for (String schema : STORES) {
                try (ResultSet rs = s.executeQuery("SELECT coalesce(max(position), 0) FROM " + schema + ".facts")) {
                    rs.next();
                    sum += rs.getLong(1);
                }
            }
            return sum;
        } catch (Exception e) {
            return -1;
        }
    }
}
