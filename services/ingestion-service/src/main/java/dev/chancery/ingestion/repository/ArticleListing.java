package dev.chancery.ingestion.repository;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.platform.config.StoreConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The article listing, newest publication first: ingestion's own read model ({@code article_listing}), one row per
 * ArticleIngested fact written in the append's transaction. A table of its own rather than a store read, because the
 * filters (outlet, publication time) are about the article's fields, which the fact store keeps as opaque JSON.
 */
@ApplicationScoped
public class ArticleListing {
    private static final String FILTER = " WHERE ($1::text IS NULL OR lower(outlet) = lower($1))"
            + " AND ($2::timestamptz IS NULL OR published_time >= $2) AND ($3::timestamptz IS NULL OR published_time < $3)";

    private final Pool pool;
    private final String table;

    public ArticleListing(Pool pool, StoreConfig config) {
        this.pool = pool;
        this.table = config.schema() + ".article_listing";
    }

    /** Adds stored articles with one statement, inside the transaction that appended them. */
    public Uni<Void> addAll(SqlConnection conn, List<? extends FactEnvelope<?>> stored) {
        int n = stored.size();
        UUID[] ids = new UUID[n];
        Long[] positions = new Long[n];
        String[] urls = new String[n], outlets = new String[n], kinds = new String[n], titles = new String[n],
                languages = new String[n];
        OffsetDateTime[] published = new OffsetDateTime[n], recorded = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            FactEnvelope<?> f = stored.get(i);
            ArticleIngested a = (ArticleIngested) f.payload();
            ids[i] = f.factId();
            positions[i] = f.position();
            urls[i] = a.url();
            outlets[i] = a.outlet();
            kinds[i] = a.outletKind() == null ? null : a.outletKind().name();
            titles[i] = a.title();
            languages[i] = a.language();
            published[i] = utc(f.publishedTime());
            recorded[i] = utc(f.recordedAt());
        }
        return conn.preparedQuery("INSERT INTO " + table + " (article_id, position, url, outlet, outlet_kind, title,"
                        + " language, published_time, recorded_at) SELECT * FROM unnest($1::uuid[], $2::bigint[],"
                        + " $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],"
                        + " $9::timestamptz[])")
                .execute(Tuple.tuple().addArrayOfUUID(ids).addArrayOfLong(positions).addArrayOfString(urls)
                        .addArrayOfString(outlets).addArrayOfString(kinds).addArrayOfString(titles)
                        .addArrayOfString(languages).addArrayOfOffsetDateTime(published)
                        .addArrayOfOffsetDateTime(recorded))
                .replaceWithVoid();
    }

    public Uni<List<ArticleSummary>> page(ArticleQuery q) {
        String sql = "SELECT article_id, url, outlet, outlet_kind, title, language, published_time, recorded_at FROM "
                + table + FILTER + " ORDER BY published_time DESC, position DESC LIMIT $4 OFFSET $5";
        return pool.preparedQuery(sql)
                .execute(filter(q).addInteger(q.size()).addLong((long) q.page() * q.size()))
                .map(ArticleListing::summaries);
    }

    public Uni<Long> count(ArticleQuery q) {
        return pool.preparedQuery("SELECT count(*) AS n FROM " + table + FILTER)
                .execute(filter(q)).map(rows -> rows.iterator().next().getLong("n"));
    }

    private static Tuple filter(ArticleQuery q) {
        return Tuple.tuple().addString(q.outlet()).addOffsetDateTime(utc(q.from())).addOffsetDateTime(utc(q.to()));
    }

    private static List<ArticleSummary> summaries(RowSet<Row> rows) {
        List<ArticleSummary> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new ArticleSummary(r.getUUID("article_id"), r.getString("url"), r.getString("outlet"),
                    r.getString("outlet_kind"), r.getString("title"), r.getString("language"),
                    instant(r.getOffsetDateTime("published_time")), instant(r.getOffsetDateTime("recorded_at"))));
        }
        return out;
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
