package dev.chancery.platform.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.List;
import java.util.function.Function;

/**
 * One transaction's connection for code on a worker thread: each call runs on the reactive client and waits for it.
 * With {@link BlockingTransactions} this is where blocking code meets the reactive client; nothing else in the
 * services awaits a statement (docs/architecture.md, "Threads: blocking and reactive").
 */
public final class BlockingSql {
    private final SqlConnection conn;

    BlockingSql(SqlConnection conn) {
        this.conn = conn;
    }

    /** Runs one prepared statement and returns its rows. */
    public RowSet<Row> query(String sql, Tuple params) {
        return conn.preparedQuery(sql).execute(params).await().indefinitely();
    }

    /** Runs one prepared statement once per row of parameters, in one round trip. */
    public void batch(String sql, List<Tuple> rows) {
        conn.preparedQuery(sql).executeBatch(rows).await().indefinitely();
    }

    /** Runs a reactive call that works on the connection itself (the store's appends, processed-fact marks). */
    public <T> T call(Function<SqlConnection, Uni<T>> work) {
        return work.apply(conn).await().indefinitely();
    }
}
