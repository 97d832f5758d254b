package dev.chancery.verification.service;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.BlockingSql;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.repository.BatchEventLoader;
import dev.chancery.verification.repository.EventStateCache;
import dev.chancery.verification.repository.EventStateWriter;
import dev.chancery.verification.repository.PgEventLookup;

import java.util.List;
import java.util.stream.IntStream;

/** One verification transaction: its connection, and the stores the appliers read and write through it. */
record VerificationTx(BlockingSql sql, FactStore store, IdempotentConsumer consumer, String schema,
                      EventStateCache cache) {

    /** Marks the facts processed; returns those seen for the first time, in order (a repeated one counts once). */
    <F extends FactEnvelope<?>> List<F> firstTime(List<F> facts) {
        List<Boolean> first = sql.call(conn -> consumer.firstTimeAll(conn, VerificationService.CONSUMER,
                facts.stream().map(FactEnvelope::factId).toList()));
        return IntStream.range(0, facts.size()).filter(first::get).mapToObj(facts::get).toList();
    }

    EventStateWriter writer() {
        return new EventStateWriter(sql, schema);
    }

    BatchEventLoader loader() {
        return new BatchEventLoader(sql, schema, cache);
    }

    PgEventLookup lookup() {
        return new PgEventLookup(sql, schema);
    }

    VerdictPublisher publisher() {
        return new VerdictPublisher(store, sql);
    }
}
