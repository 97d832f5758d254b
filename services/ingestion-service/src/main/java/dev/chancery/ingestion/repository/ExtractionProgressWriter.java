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
 * Records the extractions of a batch of ArticleExtracted facts in one transaction: the facts marked processed and
 * the latest extraction per article upserted with one statement, so an older extraction never replaces a newer one.
 */
@ApplicationScoped
public class ExtractionProgressWriter {
    private final FactStore store;
    private final IdempotentConsumer consumer;

    public ExtractionProgressWriter(FactStore store, IdempotentConsumer consumer) {
        this.store = store;
        this.consumer = consumer;
    }

    public Uni<Void> recordAll(List<ArticleExtraction> extractions) {
        List<UUID> ids = extractions.stream().map(ArticleExtraction::factId).toList();
        return store.pool().withTransaction(conn -> consumer.firstTimeAll(conn, ProgressRepository.CONSUMER, ids)
                .chain(first -> {
                    List<ArticleExtraction> fresh = latestPerArticle(extractions, first);
                    if (fresh.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    return conn.preparedQuery(upsert()).execute(arrays(fresh)).replaceWithVoid();
                }));
    }

    // one INSERT .. ON CONFLICT cannot touch a row twice: keep the latest extraction of each article
    private static List<ArticleExtraction> latestPerArticle(List<ArticleExtraction> all, List<Boolean> first) {
        Map<UUID, ArticleExtraction> latest = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (first.get(i)) {
                latest.merge(all.get(i).articleId(), all.get(i),
                        (a, b) -> b.extraction().at().isBefore(a.extraction().at()) ? a : b);
            }
        }
        return new ArrayList<>(latest.values());
    }

    private String upsert() {
        return "INSERT INTO " + store.table("article_extraction") + " AS e (article_id, extractor_version,"
                + " claim_count, fact_id, extracted_at) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[],"
                + " $4::uuid[], $5::timestamptz[]) ON CONFLICT (article_id) DO UPDATE SET"
                + " extractor_version = excluded.extractor_version, claim_count = excluded.claim_count,"
                + " fact_id = excluded.fact_id, extracted_at = excluded.extracted_at"
                + " WHERE e.extracted_at <= excluded.extracted_at";
    }

    private static Tuple arrays(List<ArticleExtraction> rows) {
        return Tuple.tuple()
                .addArrayOfUUID(rows.stream().map(ArticleExtraction::articleId).toArray(UUID[]::new))
                .addArrayOfString(rows.stream().map(r -> r.extraction().extractorVersion()).toArray(String[]::new))
                .addArrayOfInteger(rows.stream().map(r -> r.extraction().claimCount()).toArray(Integer[]::new))
                .addArrayOfUUID(rows.stream().map(ArticleExtraction::factId).toArray(UUID[]::new))
                .addArrayOfOffsetDateTime(rows.stream().map(r -> r.extraction().at().atOffset(ZoneOffset.UTC))
                        .toArray(OffsetDateTime[]::new));
    }
}
