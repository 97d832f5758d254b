package dev.chancery.platform.store;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * Runs synchronous work in one database transaction, for worker threads that wait for each statement (domain code
 * behind a synchronous port, the outbox relay's own thread). Commits when the work returns, rolls back when it
 * throws. Never call it from an event-loop thread.
 */
@ApplicationScoped
public class BlockingTransactions {
    private final Pool pool;
    private final TransactionMeter meter;

    public BlockingTransactions(Pool pool, TransactionMeter meter) {
        this.pool = pool;
        this.meter = meter;
    }

    public <T> T inTransaction(Function<BlockingSql, T> work) {
        SqlConnection conn = pool.getConnection().await().indefinitely();
        try {
            Transaction tx = conn.begin().await().indefinitely();
            try {
                T result = work.apply(new BlockingSql(conn));
                tx.commit().await().indefinitely();
                meter.committed();
                return result;
            } catch (RuntimeException e) {
                meter.rolledBack();
                tx.rollback().await().indefinitely();
                throw e;
            }
        } finally {
            conn.close().await().indefinitely();
        }
    }
}
