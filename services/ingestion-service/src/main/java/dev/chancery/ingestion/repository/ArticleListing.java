package dev.chancery.ingestion.repository;

import dev.chancery.model.fact.FactType;
import dev.chancery.platform.store.FactStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Lists stored articles straight from the fact table, newest publication first. */
@ApplicationScoped
public class ArticleListing {
    private static final String FILTER = " WHERE type = $1 AND ($2::text IS NULL OR lower(payload ->> 'outlet') = lower($2))"
            + " AND ($3::timestamptz IS NULL OR published_time >= $3) AND ($4::timestamptz IS NULL OR published_time < $4)";

    private final FactStore store;

    public ArticleListing(FactStore store) {
        this.store = store;
    }

    public Uni<List<ArticleSummary>> page(ArticleQuery q) {
        String sql = "SELECT fact_id, payload ->> 'url' AS url, payload ->> 'outlet' AS outlet,"
                + " payload ->> 'outletKind' AS outlet_kind, payload ->> 'title' AS title,"
                + " payload ->> 'language' AS language, published_time, recorded_at FROM " + store.table("facts")
                + FILTER + " ORDER BY published_time DESC, position DESC LIMIT $5 OFFSET $6";
        return store.pool().preparedQuery(sql)
                .execute(filter(q).addInteger(q.size()).addLong((long) q.page() * q.size()))
                .map(ArticleListing::summaries);
    }

    public Uni<Long> count(ArticleQuery q) {
        return store.pool().preparedQuery("SELECT count(*) AS n FROM " + store.table("facts") + FILTER)
                .execute(filter(q)).map(rows -> rows.iterator().next().getLong("n"));
    }

    private static Tuple filter(ArticleQuery q) {
        return Tuple.tuple().addString(FactType.ARTICLE_INGESTED.typeName()).addString(q.outlet())
                .addOffsetDateTime(q.from() == null ? null : q.from().atOffset(ZoneOffset.UTC))
                .addOffsetDateTime(q.to() == null ? null : q.to().atOffset(ZoneOffset.UTC));
    }

    private static List<ArticleSummary> summaries(RowSet<Row> rows) {
        List<ArticleSummary> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new ArticleSummary(r.getUUID("fact_id"), r.getString("url"), r.getString("outlet"),
                    r.getString("outlet_kind"), r.getString("title"), r.getString("language"),
                    instant(r.getOffsetDateTime("published_time")), instant(r.getOffsetDateTime("recorded_at"))));
        }
        return out;
    }

    private static java.time.Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
