package dev.chancery.query.write;

import dev.chancery.query.read.ExtractionRow;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.FactRows;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/**
 * {@code extractions}: one version per ArticleExtracted, keyed by article id and extractor version; a batch's
 * versions are selected by article id (the leading column of the index).
 */
@Singleton
public class ExtractionTable extends VersionTable<ExtractionRow> {

    public ExtractionTable(StoreConfig config) {
        super(config.schema(), "extractions", "article_id", List.of("article_id", "extractor_version"),
                List.of("article_id", "extractor_version", "claim_count", "supersedes"));
    }

    @Override
    public boolean holds(FactType type) {
        return type == FactType.ARTICLE_EXTRACTED;
    }

    @Override
    public ExtractionRow row(FactEnvelope<FactPayload> fact, int generation) {
        return FactRows.extraction(fact, generation);
    }

    @Override
    public Object key(ExtractionRow row) {
        return Arrays.asList(row.articleId, row.extractorVersion);
    }

    @Override
    public String lookupValue(ExtractionRow row) {
        return row.articleId;
    }

    @Override
    protected ExtractionRow existing(Row r) {
        ExtractionRow row = new ExtractionRow();
        row.articleId = r.getString("article_id");
        row.extractorVersion = r.getString("extractor_version");
        return row;
    }

    @Override
    protected List<Object> values(ExtractionRow row) {
        return Arrays.asList(row.articleId, row.extractorVersion, row.claimCount, row.supersedes);
    }
}
