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
import java.util.List;

/**
 * Collects the verdict facts of a transaction and appends them at its end with one {@code appendAll}, in the order
 * they were published, so that the store's lock on appends is held only briefly. Revisions of one event that follow
 * each other directly form one stream append; the store chains the expected versions of later ones.
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
        for (int from = 0, to; from < queued.size(); from = to) {
            String stream = queued.get(from).streamId();
            to = from + 1;
            while (to < queued.size() && queued.get(to).streamId().equals(stream)) {
                to++;
            }
            FactPayload first = queued.get(from).payload();
            ExpectedVersion expected = first instanceof EventVerified ? ExpectedVersion.noStream()
                    : ExpectedVersion.exactly(revision(first) - 1L);
            appends.add(new StreamAppend(stream, expected, queued.subList(from, to)));
        }
        queued.clear();
        return sql.call(conn -> store.appendAll(conn, appends));
    }

    private static int revision(FactPayload payload) {
        return payload instanceof VerdictRevised revised ? revised.revision() : 1;
    }
}
