package dev.chancery.ingestion.repository;

import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Records the verdicts of a batch of verdict facts in one transaction: the facts marked processed and the latest
 * revision per (article, event) upserted with one statement, so a revision never replaces a newer one.
 */
@ApplicationScoped
public class VerdictProgressWriter {
    private final FactStore store;
    private final IdempotentConsumer consumer;
    private final NewestPerKeyUpsert<ArticleVerdict> upsert;

    public VerdictProgressWriter(FactStore store, IdempotentConsumer consumer) {
        this.store = store;
        this.consumer = consumer;
        this.upsert = new NewestPerKeyUpsert<>(ArticleVerdict::factId,
                v -> List.of(v.articleId(), v.verdict().eventId()),
                (a, b) -> b.verdict().revision() >= a.verdict().revision() ? b : a, sql(store),
                VerdictProgressWriter::arrays);
    }

    public Uni<Void> recordAll(List<ArticleVerdict> verdicts) {
        return upsert.record(store, consumer, verdicts);
    }

    private static String sql(FactStore store) {
        return "INSERT INTO " + store.table("article_verdict") + " AS v (article_id, event_id, revision, verdict,"
                + " fact_id, verified_at) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[],"
                + " $5::uuid[], $6::timestamptz[]) ON CONFLICT (article_id, event_id) DO UPDATE SET"
                + " revision = excluded.revision, verdict = excluded.verdict, fact_id = excluded.fact_id,"
                + " verified_at = excluded.verified_at WHERE v.revision <= excluded.revision";
    }

    private static Tuple arrays(List<ArticleVerdict> rows) {
        return Tuple.tuple()
                .addArrayOfUUID(rows.stream().map(ArticleVerdict::articleId).toArray(UUID[]::new))
                .addArrayOfString(rows.stream().map(r -> r.verdict().eventId()).toArray(String[]::new))
                .addArrayOfInteger(rows.stream().map(r -> r.verdict().revision()).toArray(Integer[]::new))
                .addArrayOfString(rows.stream().map(r -> r.verdict().verdict()).toArray(String[]::new))
                .addArrayOfUUID(rows.stream().map(ArticleVerdict::factId).toArray(UUID[]::new))
                .addArrayOfOffsetDateTime(rows.stream().map(r -> r.verdict().at().atOffset(ZoneOffset.UTC))
                        .toArray(OffsetDateTime[]::new));
    }
}
