package dev.chancery.platform.kafka;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure that says the database cannot be reached (the pool closing at shutdown, a dropped connection, a
 * server restarting) from one that says a fact cannot be written. The first passes when PostgreSQL is back and must
 * never send a record to a dead-letter topic; the second is the record's own fault.
 */
public final class DatabaseOutage {
    // class 08: connection exceptions; 57P01-03: the server is shutting down, crashed or still starting;
    // 53300: too many connections
    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");
    // what the Vert.x client and the operating system say when the server went away (message starts)
    private static final List<String> MESSAGES = List.of("Pool closed", "Connection is closed",
            "Connection is not active now", "Pending requests failed to be sent due to connection has been closed",
            "Connection reset", "Broken pipe");

    private DatabaseOutage() {
    }

    /** True if {@code failure}, or anything that caused it, says the database is out of reach. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || UNAVAILABLE.contains(pg.getSqlState()))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE.contains(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof ClosedConnectionException || t instanceof ConnectException || t instanceof SocketException
                    || t instanceof ClosedChannelException || saysTheServerWentAway(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysTheServerWentAway(String message) {
        return message != null && MESSAGES.stream().anyMatch(message::startsWith);
    }
}
