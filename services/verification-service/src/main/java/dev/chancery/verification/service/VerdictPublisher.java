package dev.chancery.verification.service;

import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.VerdictRevised;
import dev.chancery.platform.store.BlockingSql;
import dev.chancery.platform.store.ExpectedVersion;
import dev.chancery.platform.store.FactStore;
import dev.chancery.platform.store.StreamAppend;
import dev.chancery.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the verdict facts of a transaction and appends them at its end with one {@code appendAll}, in the order
 * they were published, so that the store's lock on appends is held only briefly. A transaction publishes at most one
 * verdict per event (a run of claims coalesces its judgements, a supersession or a single claim changes each event
 * once), so each fact is a stream append of its own, expecting the revision before it.
 */
final class VerdictPublisher {
    private final FactStore store;
    private final BlockingSql sql;
    private final List<FactEnvelope<FactPayload>> queued = new ArrayList<>();

    VerdictPublisher(FactStore store, BlockingSql sql) {
        this.store = store;
        this.sql = sql;
    }

    /** Queues the verdicts (EventVerified or VerdictRevised) of the outcomes that {@code cause} had. */
    void publish(FactEnvelope<?> cause, List<Outcome> outcomes) {
        outcomes.forEach(o -> o.publication().ifPresent(payload -> publish(cause, o.state().eventId(), payload)));
    }

    private void publish(FactEnvelope<?> cause, String eventId, FactPayload payload) {
        queued.add(FactEnvelope.of(DeterministicIds.of("verdict", eventId, Integer.toString(revision(payload))),
                payload, cause.correlationId() != null ? cause.correlationId() : cause.factId(), cause.factId(),
                cause.validTime(), cause.publishedTime()));
    }

    /** Appends what is queued with one call; returns every verdict fact appended, as stored. */
    List<FactEnvelope<FactPayload>> finish() {
        List<StreamAppend> appends = new ArrayList<>();
        Set<String> streams = new HashSet<>();
        for (FactEnvelope<FactPayload> fact : queued) {
            if (!streams.add(fact.streamId())) {
                throw new IllegalStateException("two verdicts of event " + fact.streamId() + " in one transaction");
            }
            FactPayload payload = fact.payload();
            ExpectedVersion expected = payload instanceof EventVerified ? ExpectedVersion.noStream()
                    : ExpectedVersion.exactly(revision(payload) - 1L);
            appends.add(new StreamAppend(fact.streamId(), expected, List.of(fact)));
        }
        queued.clear();
        return sql.call(conn -> store.appendAll(conn, appends));
    }

    private static int revision(FactPayload payload) {
        return payload instanceof VerdictRevised revised ? revised.revision() : 1;
    }
}
