package dev.chancery.verification.service;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.store.BlockingTransactions;
import dev.chancery.platform.store.FactStore;
import dev.chancery.verification.domain.EventState;
import dev.chancery.verification.repository.StoredEventReader;
import dev.chancery.verification.service.EngineReplay.Verdict;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Reads back what verification stored: verdict facts by cause in position order, event states, citations. */
public final class StoredVerdicts {
    private final Pool pool;
    private final FactStore store;
    private final BlockingTransactions transactions;

    public StoredVerdicts(Pool pool, FactStore store, BlockingTransactions transactions) {
        this.pool = pool;
        this.store = store;
        this.transactions = transactions;
    }

    /** Every verdict fact caused by one of these facts, in position order. */
    public List<Verdict> causedBy(Collection<UUID> causes) {
        List<Verdict> out = new ArrayList<>();
        pool.preparedQuery("SELECT stream_id, fact_id FROM verification.facts WHERE causation_id = ANY($1)"
                        + " ORDER BY position")
                .execute(Tuple.tuple().addArrayOfUUID(causes.toArray(UUID[]::new))).await().indefinitely()
                .forEach(row -> out.add(Verdict.of(store.readStream(row.getString("stream_id")).await().indefinitely()
                        .stream().filter(f -> f.factId().equals(row.getUUID("fact_id"))).findFirst().orElseThrow())));
        return out;
    }

    /** The verdict stream of each of these events, by id. */
    public Map<String, List<FactEnvelope<FactPayload>>> streams(Collection<String> eventIds) {
        Map<String, List<FactEnvelope<FactPayload>>> out = new TreeMap<>();
        eventIds.forEach(id -> out.put(id, store.readStream(id).await().indefinitely()));
        return out;
    }

    /** The stored states of these events, claims read from their rows, by id. */
    public Map<String, EventState> states(Collection<String> eventIds) {
        Map<String, EventState> out = new TreeMap<>();
        transactions.inTransaction(sql -> new StoredEventReader(sql, "verification").byIds(List.copyOf(eventIds)))
                .forEach(e -> out.put(e.eventId(), e.state()));
        return out;
    }

    /** Claims of these events whose (article, event) citation is missing. */
    public long uncited(Collection<EventState> states) {
        return states.stream().flatMap(s -> s.claims().stream().map(c -> Tuple.of(c.articleId(), s.eventId())))
                .filter(t -> !pool.preparedQuery("SELECT 1 FROM verification.event_citations WHERE article_id = $1"
                        + " AND event_id = $2").execute(t).await().indefinitely().iterator().hasNext())
                .count();
    }
}
