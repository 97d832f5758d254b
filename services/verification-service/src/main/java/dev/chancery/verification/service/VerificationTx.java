package dev.chancery.verification.service;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.repository.BatchEventLoader;
import dev.chancery.verification.repository.EventStateCache;
import dev.chancery.verification.repository.EventStateWriter;
import dev.chancery.verification.repository.PgEventLookup;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;
import java.util.stream.IntStream;

/** One verification transaction: its connection, and the stores the appliers read and write through it. */
record VerificationTx(SqlConnection conn, FactStore store, String schema, EventStateCache cache) {

    /** Marks the facts processed; returns those seen for the first time, in order (a repeated one counts once). */
    <F extends FactEnvelope<?>> List<F> firstTime(List<F> facts) {
        List<Boolean> first = new IdempotentConsumer(store).firstTimeAll(conn, VerificationService.CONSUMER,
                facts.stream().map(FactEnvelope::factId).toList()).await().indefinitely();
        return IntStream.range(0, facts.size()).filter(first::get).mapToObj(facts::get).toList();
    }

    EventStateWriter writer() {
        return new EventStateWriter(conn, schema);
    }

    BatchEventLoader loader() {
        return new BatchEventLoader(conn, schema, cache);
    }

    PgEventLookup lookup() {
        return new PgEventLookup(conn, schema);
    }

    VerdictPublisher publisher() {
        return new VerdictPublisher(store, conn);
    }
}
