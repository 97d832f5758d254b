package dev.chancery.query.write;

import dev.chancery.query.read.ArticleRow;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.FactRows;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/** {@code articles}: one version per ArticleIngested, keyed by article id. */
@Singleton
public class ArticleTable extends VersionTable<ArticleRow> {

    public ArticleTable(StoreConfig config) {
        super(config.schema(), "articles", "article_id", List.of("article_id"),
                List.of("article_id", "outlet", "outlet_kind", "url", "title", "published_at"));
    }

    @Override
    public boolean holds(FactType type) {
        return type == FactType.ARTICLE_INGESTED;
    }

    @Override
    public ArticleRow row(FactEnvelope<FactPayload> fact, int generation) {
        return FactRows.article(fact, generation);
    }

    @Override
    public Object key(ArticleRow row) {
        return row.articleId;
    }

    @Override
    protected ArticleRow existing(Row r) {
        ArticleRow row = new ArticleRow();
        row.articleId = r.getString("article_id");
        return row;
    }

    @Override
    protected List<Object> values(ArticleRow row) {
        return Arrays.asList(row.articleId, row.outlet, row.outletKind, row.url, row.title,
                timestamp(row.publishedAt));
    }
}
