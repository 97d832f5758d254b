package dev.chancery.query.write;

import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.BatchTimeline.Placed;
import dev.chancery.query.projection.ChangeFeed;
import dev.chancery.query.projection.EventVersion;
import dev.chancery.query.projection.FactRows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends the stream changes of a batch's new current event versions to the change log, in batch order, in one
 * pipelined round trip; a change already logged for its fact is not logged again.
 */
@Singleton
public class ChangeWriter {
    private final String sql;

    public ChangeWriter(StoreConfig config) {
        this.sql = "INSERT INTO " + config.schema() + ".changes (kind, event_id, fact_id, data, recorded_at)"
                + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING";
    }

    public Uni<Void> append(SqlConnection c, List<? extends Placed<?>> placed) {
        List<Tuple> changes = new ArrayList<>();
        for (Placed<?> p : placed) {
            if (p.current() && p.row() instanceof StoredVersion<?> row && row.fields instanceof EventVersion next) {
                StoredVersion<?> closed = (StoredVersion<?>) p.closed();
                EventVersion previous = closed == null ? null : (EventVersion) closed.fields;
                for (ChangeFeed.Change change : ChangeFeed.between(previous, next, row.recordedFrom())) {
                    changes.add(Tuple.of(change.kind(), next.eventId(), row.factId, FactRows.json(change.data()),
                            RecordColumns.sql(row.recordedFrom())));
                }
            }
        }
        return changes.isEmpty() ? Uni.createFrom().voidItem()
                : c.preparedQuery(sql).executeBatch(changes).replaceWithVoid();
    }
}
