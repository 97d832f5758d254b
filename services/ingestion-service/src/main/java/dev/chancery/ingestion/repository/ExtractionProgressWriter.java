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
 * Records the extractions of a batch of ArticleExtracted facts in one transaction: the facts marked processed and
 * the latest extraction per article upserted with one statement, so an older extraction never replaces a newer one.
 */
@ApplicationScoped
public class ExtractionProgressWriter {
    private final FactStore store;
    private final IdempotentConsumer consumer;
    private final NewestPerKeyUpsert<ArticleExtraction> upsert;

    public ExtractionProgressWriter(FactStore store, IdempotentConsumer consumer) {
        this.store = store;
        this.consumer = consumer;
        this.upsert = new NewestPerKeyUpsert<>(ArticleExtraction::factId, ArticleExtraction::articleId,
                (a, b) -> b.extraction().at().isBefore(a.extraction().at()) ? a : b, sql(store),
                ExtractionProgressWriter::arrays);
    }

    public Uni<Void> recordAll(List<ArticleExtraction> extractions) {
        return upsert.record(store, consumer, extractions);
    }

    private static String sql(FactStore store) {
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
