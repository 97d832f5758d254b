package dev.chancery.query.write;

import dev.chancery.query.read.ClaimRow;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.fact.FactType;
import dev.chancery.platform.config.StoreConfig;
import dev.chancery.query.projection.FactRows;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/** {@code claims}: one version per ClaimExtracted, keyed by claim id. */
@Singleton
public class ClaimTable extends VersionTable<ClaimRow> {

    public ClaimTable(StoreConfig config) {
        super(config.schema(), "claims", "claim_id", List.of("claim_id"), List.of("claim_id", "article_id",
                "extractor_version", "type", "gathering", "actor_keys", "sentence", "payload"));
    }

    @Override
    public boolean holds(FactType type) {
        return type == FactType.CLAIM_EXTRACTED;
    }

    @Override
    public ClaimRow row(FactEnvelope<FactPayload> fact, int generation) {
        return FactRows.claim(fact, generation);
    }

    @Override
    public Object key(ClaimRow row) {
        return row.claimId;
    }

    @Override
    protected ClaimRow existing(Row r) {
        ClaimRow row = new ClaimRow();
        row.claimId = r.getString("claim_id");
        return row;
    }

    @Override
    protected List<Object> values(ClaimRow row) {
        return Arrays.asList(row.claimId, row.articleId, row.extractorVersion, row.type, row.gathering,
                row.actorKeys, row.sentence, row.payload);
    }
}
