package dev.chancery.verification.service;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.domain.ClaimVerifier;
import dev.chancery.verification.domain.ClusterKey;
import dev.chancery.verification.domain.ClusterKeys;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.domain.Outcome;
import dev.chancery.verification.repository.EventStateWriter;
import dev.chancery.verification.repository.PgEventLookup;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Applies one claim fact (or one superseding ArticleExtracted) to the stored events in a single transaction: the
 * processed-fact mark, the events' new states and the verdict facts commit together.
 */
@ApplicationScoped
public class VerificationService {
    static final String CONSUMER = "verification";
    private final BlockingTransactions transactions;
    private final IdempotentConsumer consumer;
    private final FactStore store;
    private final String schema;

    public VerificationService(BlockingTransactions transactions, IdempotentConsumer consumer, FactStore store,
            StoreConfig config) {
        this.transactions = transactions;
        this.consumer = consumer;
        this.store = store;
        this.schema = config.schema();
    }

    /** @return the verdict facts appended (none for a duplicate or a fact that changes no judgement) */
    public List<FactEnvelope<FactPayload>> apply(FactEnvelope<? extends FactPayload> fact) {
        return transactions.inTransaction(conn -> {
            if (!consumer.firstTime(conn, CONSUMER, fact.factId()).await().indefinitely()) {
                return List.of();
            }
            var lookup = new PgEventLookup(conn, schema);
            var writer = new EventStateWriter(conn, schema);
            List<Outcome> outcomes = outcomes(fact.payload(), lookup, writer);
            List<FactEnvelope<FactPayload>> published = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                writer.save(outcome.state());
                outcome.publication().ifPresent(payload -> published.addAll(publish(conn, fact, outcome.state(), payload)));
            }
            return published;
        });
    }

    private static List<Outcome> outcomes(FactPayload payload, PgEventLookup lookup, EventStateWriter writer) {
        if (payload instanceof ClaimExtracted claim) {
            new TreeSet<>(ClusterKeys.of(claim).stream().map(ClusterKey::canonical).toList()).forEach(writer::lock);
            return new ClaimVerifier(lookup).onClaim(claim);
        }
        if (payload instanceof ArticleExtracted done && done.supersedes() != null) {
            writer.markSuperseded(done.articleId(), done.supersedes());
            new TreeSet<>(lookup.citing(done.articleId()).stream().map(e -> e.key().canonical()).toList())
                    .forEach(writer::lock);
            return new ClaimVerifier(lookup).onArticleExtracted(done);
        }
        return List.of();
    }

    private List<FactEnvelope<FactPayload>> publish(SqlConnection conn, FactEnvelope<?> cause, EventState state,
            FactPayload payload) {
        int revision = payload instanceof VerdictRevised revised ? revised.revision() : 1;
        ExpectedVersion expected = payload instanceof EventVerified ? ExpectedVersion.noStream()
                : ExpectedVersion.exactly(revision - 1L);
        var fact = FactEnvelope.of(DeterministicIds.of("verdict", state.eventId(), Integer.toString(revision)), payload,
                cause.correlationId() != null ? cause.correlationId() : cause.factId(), cause.factId(),
                cause.validTime(), cause.publishedTime());
        return store.append(conn, state.eventId(), expected, List.of(fact)).await().indefinitely();
    }
}
