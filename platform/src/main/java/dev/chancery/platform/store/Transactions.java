package dev.chancery.platform.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * Runs reactive work in one transaction of the pool (commit when its Uni succeeds, rollback when it fails), counted
 * by {@link TransactionMeter}. The services open their reactive transactions here rather than on the pool.
 */
@ApplicationScoped
public class Transactions {
    private final Pool pool;
    private final TransactionMeter meter;

    public Transactions(Pool pool, TransactionMeter meter) {
        this.pool = pool;
        this.meter = meter;
    }

    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work).onItemOrFailure().invoke((item, failure) -> {
            if (failure == null) {
                meter.committed();
            } else {
                meter.rolledBack();
            }
        });
    }
}
