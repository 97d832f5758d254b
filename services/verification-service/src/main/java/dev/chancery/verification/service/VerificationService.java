package dev.chancery.verification.service;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.kafka.ConsumerGate;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.repository.EventStateCache;
import dev.chancery.verification.service.Applied.Rejection;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies a batch of ClaimExtracted and ArticleExtracted facts, in order, leaving the event states that one
 * transaction per fact leaves. Each run of facts between superseding ArticleExtracted facts commits in one
 * transaction and publishes at most one verdict per event, from its state before the run to its final one; a
 * superseding one gets a transaction of its own. If a run fails, its facts are applied one per transaction (each with
 * the verdicts of that fact alone), so that a fact that cannot be applied is rejected alone while the others commit.
 */
@ApplicationScoped
public class VerificationService {
    static final String CONSUMER = "verification";
    private static final Logger LOG = Logger.getLogger(VerificationService.class);
    /** Deadlock and serialisation failures: another try may well succeed. */
    private static final Set<String> TRANSIENT = Set.of("40P01", "40001");
    private static final int ATTEMPTS = 3;

    private final BlockingTransactions transactions;
    private final FactStore store;
    private final IdempotentConsumer consumer;
    private final String schema;
    private final EventStateCache cache;
    private final ConsumerGate gate;

    public VerificationService(BlockingTransactions transactions, FactStore store, IdempotentConsumer consumer,
                               StoreConfig config, EventStateCache cache, ConsumerGate gate) {
        this.transactions = transactions;
        this.gate = gate;
        this.store = store;
        this.consumer = consumer;
        this.schema = config.schema();
        this.cache = cache;
    }

    /** @return the verdict facts appended, and the facts that could not be applied even alone */
    public Applied applyAll(List<? extends FactEnvelope<?>> facts) {
        List<FactEnvelope<FactPayload>> published = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (int from = 0, to; from < facts.size(); from = to) {
            to = endOfRun(facts, from);
            try {
                published.addAll(withRetries(facts.subList(from, to)));
            } catch (ConsumerGate.Stopped stopped) {
                throw stopped;
            } catch (RuntimeException e) {
                if (to - from == 1) {
                    rejected.add(new Rejection(from, e));
                    continue;
                }
                LOG.warnf("a transaction of %d facts failed (%s); applying them one per transaction", to - from, e);
                for (int i = from; i < to; i++) {
                    try {
                        published.addAll(withRetries(facts.subList(i, i + 1)));
                    } catch (ConsumerGate.Stopped stopped) {
                        throw stopped;
                    } catch (RuntimeException alone) {
                        rejected.add(new Rejection(i, alone));
                    }
                }
            }
        }
        return new Applied(published, rejected);
    }

    private static int endOfRun(List<? extends FactEnvelope<?>> facts, int from) {
        int to = from + 1;
        if (!SupersessionApplier.supersedes(facts.get(from))) {
            while (to < facts.size() && !SupersessionApplier.supersedes(facts.get(to))) {
                to++;
            }
        }
        return to;
    }

    private List<FactEnvelope<FactPayload>> withRetries(List<? extends FactEnvelope<?>> run) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gate.throughOutage(() -> transactions.inTransaction(sql -> {
                    var tx = new VerificationTx(sql, store, consumer, schema, cache);
                    return SupersessionApplier.supersedes(run.get(0)) ? SupersessionApplier.apply(tx, run.get(0))
                            : ClaimRunApplier.apply(tx, run);
                }));
            } catch (ConsumerGate.Stopped stopped) {
                throw stopped;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && TRANSIENT.contains(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
