package dev.chancery.platform.kafka;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are an outage of the database (wait) and which are the record's own fault (dead-letter). */
class DatabaseOutageTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("pool closed at shutdown", new CompletionException(new NoStackTraceThrowable("Pool closed")), true),
                Arguments.of("pool closed, bare", new IllegalStateException("Pool closed"), true),
                Arguments.of("connection lost", new RuntimeException(ClosedConnectionException.INSTANCE), true),
                Arguments.of("server refuses connections", new RuntimeException(new ConnectException("Connection refused")), true),
                Arguments.of("connection no longer active", new CompletionException(new NoStackTraceThrowable(
                        "Connection is not active now, current status: CLOSED")), true),
                Arguments.of("connection reset by the server", new IllegalStateException(
                        new SocketException("Connection reset")), true),
                Arguments.of("JDBC: I/O error 08006", new SQLException("An I/O error occurred", "08006"), true),
                Arguments.of("JDBC: unique violation 23505", new SQLException("duplicate key", "23505"), false),
                Arguments.of("admin shutdown 57P01", pg("57P01"), true),
                Arguments.of("still starting 57P03", pg("57P03"), true),
                Arguments.of("connection failure 08006", pg("08006"), true),
                Arguments.of("too many connections 53300", pg("53300"), true),
                Arguments.of("unique violation 23505", pg("23505"), false),
                Arguments.of("bad JSON 22P02", pg("22P02"), false),
                Arguments.of("serialisation failure 40001 (retried elsewhere)", pg("40001"), false),
                Arguments.of("a fact that cannot be applied", new IllegalArgumentException("unknown event"), false),
                Arguments.of("null pointer", new NullPointerException(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void tellsAnOutageFromABadRecord(String what, Throwable failure, boolean outage) {
        assertThat(DatabaseOutage.is(failure)).isEqualTo(outage);
    }

    private static RuntimeException pg(String sqlState) {
        return new CompletionException(new PgException("failed", "ERROR", sqlState, "detail"));
    }
}
