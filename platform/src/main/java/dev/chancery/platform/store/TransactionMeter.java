package dev.chancery.platform.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts the service's database transactions ({@code chancery_store_transactions_total}, by outcome), so that the
 * cost of an article can be told in transactions per service (the bench divides them by the articles it saw).
 */
@ApplicationScoped
public class TransactionMeter {
    private final Counter committed;
    private final Counter rolledBack;

    public TransactionMeter(MeterRegistry registry) {
        this.committed = Counter.builder("chancery.store.transactions").tag("outcome", "commit")
                .description("database transactions of this service").register(registry);
        this.rolledBack = Counter.builder("chancery.store.transactions").tag("outcome", "rollback")
                .description("database transactions of this service").register(registry);
    }

    void committed() {
        committed.increment();
    }

    void rolledBack() {
        rolledBack.increment();
    }
}
