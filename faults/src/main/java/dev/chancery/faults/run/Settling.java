package dev.chancery.faults.run;

import dev.chancery.bench.kafka.ConsumerLag;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Whether the pipeline has caught up: every consumer group's lag on every consumed topic is 0 and every service's
 * outbox is relayed up to its last fact (a fact still in an outbox is in no topic, so no lag shows it).
 */
final class Settling {
    private static final List<String> STORES = List.of("ingestion", "extraction", "verification");
    private final ConsumerLag lag;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    Settling(String bootstrap, String jdbcUrl, String user, String password) {
        this.lag = new ConsumerLag(bootstrap);
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Seconds from {@code sinceNanos} until settled twice in a row 1 s apart, or null after {@code max}. */
    Double await(long sinceNanos, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        int settledInARow = 0;
        while (System.nanoTime() < deadline) {
            settledInARow = settled() ? settledInARow + 1 : 0;
            if (settledInARow == 2) {
                return (System.nanoTime() - sinceNanos) / 1e9 - 1.0;
            }
            Thread.sleep(1000);
        }
        return null;
    }

    boolean settled() {
        var byGroup = lag.byGroup();
        return !byGroup.isEmpty() && ConsumerLag.total(byGroup) == 0 && unrelayed() == 0;
    }

    /** Facts past their relay's checkpoint (the facts table is the outbox), over every store; -1 if unreadable. */
    long unrelayed() {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            long n = 0;
            for (String store : STORES) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + store + ".facts WHERE position > "
                        + "(SELECT coalesce(min(position), 0) FROM " + store + ".relay_checkpoint)")) {
                    r.next();
                    n += r.getLong(1);
                }
            }
            return n;
        } catch (SQLException e) {
            return -1;
        }
    }
}
