package dev.chancery.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.query.read.ArticleRow;
import dev.chancery.query.read.ClaimRow;
import dev.chancery.query.read.ExtractionRow;

/** Pure mapping of article and claim facts to new projection rows of one generation. */
public final class FactRows {
    private FactRows() {
    }

    public static ArticleRow article(FactEnvelope<FactPayload> fact, int generation) {
        ArticleIngested a = (ArticleIngested) fact.payload();
        ArticleRow row = new ArticleRow();
        row.generation = generation;
        row.articleId = a.articleId();
        row.factId = fact.factId();
        row.outlet = a.outlet();
        row.outletKind = a.outletKind() == null ? null : a.outletKind().name();
        row.url = a.url();
        row.title = a.title();
        row.publishedAt = a.publishedAt();
        row.recordedFrom = fact.recordedAt();
        return row;
    }

    public static ClaimRow claim(FactEnvelope<FactPayload> fact, int generation) {
        ClaimExtracted c = (ClaimExtracted) fact.payload();
        ClaimRow row = new ClaimRow();
        row.generation = generation;
        row.claimId = c.claimId();
        row.articleId = c.articleId();
        row.factId = fact.factId();
        row.extractorVersion = c.extractorVersion();
        row.type = c.type().name();
        row.gathering = c.gathering();
        row.actorKeys = ActorKeys.of(c.actors());
        row.sentence = c.evidence() == null ? null : c.evidence().sentence();
        row.payload = json(c);
        row.recordedFrom = fact.recordedAt();
        return row;
    }

    public static ExtractionRow extraction(FactEnvelope<FactPayload> fact, int generation) {
        ArticleExtracted e = (ArticleExtracted) fact.payload();
        ExtractionRow row = new ExtractionRow();
        row.generation = generation;
        row.articleId = e.articleId();
        row.factId = fact.factId();
        row.extractorVersion = e.extractorVersion();
        row.claimCount = e.claimCount();
        row.supersedes = e.supersedes();
        row.recordedFrom = fact.recordedAt();
        return row;
    }

    static String json(Object value) {
        try {
            return ChanceryJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return ChanceryJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
