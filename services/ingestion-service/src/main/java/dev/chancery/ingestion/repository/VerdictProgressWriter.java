package dev.chancery.ingestion.repository;

import dev.chancery.platform.consumer.IdempotentConsumer;
import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records the verdicts of a batch of verdict facts in one transaction: the facts marked processed and the latest
 * revision per (article, event) upserted with one statement each, so a revision never replaces a newer one.
 */
@ApplicationScoped
public class VerdictProgressWriter {
    private final FactStore store;
    private final IdempotentConsumer consumer;

    public VerdictProgressWriter(FactStore store, IdempotentConsumer consumer) {
        this.store = store;
        this.consumer = consumer;
    }

    public Uni<Void> recordAll(List<ArticleVerdict> verdicts) {
        List<UUID> ids = verdicts.stream().map(ArticleVerdict::factId).toList();
        return store.pool().withTransaction(conn -> consumer.firstTimeAll(conn, ProgressRepository.CONSUMER, ids).chain(first -> {
            List<ArticleVerdict> fresh = latestPerEvent(verdicts, first);
            if (fresh.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return conn.preparedQuery(upsert()).execute(arrays(fresh)).replaceWithVoid();
        }));
    }

    // one INSERT .. ON CONFLICT cannot touch a row twice: keep the newest revision of each (article, event)
    private static List<ArticleVerdict> latestPerEvent(List<ArticleVerdict> verdicts, List<Boolean> first) {
        Map<List<Object>, ArticleVerdict> latest = new LinkedHashMap<>();
        for (int i = 0; i < verdicts.size(); i++) {
            ArticleVerdict v = verdicts.get(i);
            if (first.get(i)) {
                latest.merge(List.of(v.articleId(), v.verdict().eventId()), v,
                        (a, b) -> b.verdict().revision() >= a.verdict().revision() ? b : a);
            }
        }
        return new ArrayList<>(latest.values());
    }

    private String upsert() {
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
