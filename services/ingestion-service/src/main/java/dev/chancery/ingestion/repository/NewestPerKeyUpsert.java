package dev.chancery.ingestion.repository;

import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Records a batch of progress facts in one transaction: the facts marked processed for the progress consumer, then
 * of those seen for the first time the newest per key written with one {@code INSERT .. SELECT unnest(..) ON
 * CONFLICT} (which cannot touch a row twice, hence one row per key).
 *
 * @param <T> one fact as the progress table sees it
 */
final class NewestPerKeyUpsert<T> {
    private final Function<T, UUID> factId;
    private final Function<T, Object> key;
    private final BinaryOperator<T> newer;
    private final String sql;
    private final Function<List<T>, Tuple> arrays;

    /**
     * @param newer  of two rows with the same key, the one to keep
     * @param sql    the upsert, its parameters the arrays {@code arrays} makes of the rows
     */
    NewestPerKeyUpsert(Function<T, UUID> factId, Function<T, Object> key, BinaryOperator<T> newer, String sql,
            Function<List<T>, Tuple> arrays) {
        this.factId = factId;
        this.key = key;
        this.newer = newer;
        this.sql = sql;
        this.arrays = arrays;
    }

    Uni<Void> record(FactStore store, IdempotentConsumer consumer, List<T> rows) {
        List<UUID> ids = rows.stream().map(factId).toList();
        return store.pool().withTransaction(conn -> consumer.firstTimeAll(conn, ProgressRepository.CONSUMER, ids)
                .chain(first -> {
                    List<T> fresh = newestPerKey(rows, first);
                    return fresh.isEmpty() ? Uni.createFrom().voidItem()
                            : conn.preparedQuery(sql).execute(arrays.apply(fresh)).replaceWithVoid();
                }));
    }

    private List<T> newestPerKey(List<T> rows, List<Boolean> first) {
        Map<Object, T> newest = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (first.get(i)) {
                newest.merge(key.apply(rows.get(i)), rows.get(i), newer);
            }
        }
        return new ArrayList<>(newest.values());
    }
}
