package dev.chancery.ingestion.repository;

import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where each article stands downstream. Writes run inside the idempotent consumer's transaction and keep only the
 * newest information, so out-of-order or replayed facts cannot move an article backwards.
 */
@ApplicationScoped
public class ProgressRepository {
    /** The idempotent consumer's name for both progress consumers. */
    public static final String CONSUMER = "ingestion-progress";

    private final FactStore store;

    public ProgressRepository(FactStore store) {
        this.store = store;
    }

    public Uni<Optional<Extraction>> extraction(UUID articleId) {
        return store.pool().preparedQuery("SELECT claim_count, extractor_version, extracted_at FROM "
                        + store.table("article_extraction") + " WHERE article_id = $1")
                .execute(Tuple.of(articleId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(extraction(rows.iterator().next())));
    }

    public Uni<List<EventVerdict>> verdicts(UUID articleId) {
        return store.pool().preparedQuery("SELECT event_id, verdict, revision, verified_at FROM "
                        + store.table("article_verdict") + " WHERE article_id = $1 ORDER BY verified_at, event_id")
                .execute(Tuple.of(articleId))
                .map(rows -> {
                    List<EventVerdict> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new EventVerdict(r.getString("event_id"), r.getString("verdict"),
                            r.getInteger("revision"), instant(r))));
                    return out;
                });
    }

    private static Extraction extraction(Row r) {
        return new Extraction(r.getInteger("claim_count"), r.getString("extractor_version"),
                r.getOffsetDateTime("extracted_at").toInstant());
    }

    private static Instant instant(Row r) {
        return r.getOffsetDateTime("verified_at").toInstant();
    }
}
