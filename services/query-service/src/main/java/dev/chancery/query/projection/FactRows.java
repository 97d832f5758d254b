package dev.chancery.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.json.ChanceryJson;

/** Pure mapping of article and claim facts to what their new projection versions say. */
public final class FactRows {
    private FactRows() {
    }

    public static ArticleVersion article(FactPayload payload) {
        ArticleIngested a = (ArticleIngested) payload;
        return new ArticleVersion(a.articleId(), a.outlet(), a.outletKind() == null ? null : a.outletKind().name(),
                a.url(), a.title(), a.publishedAt());
    }

    public static ClaimVersion claim(FactPayload payload) {
        ClaimExtracted c = (ClaimExtracted) payload;
        return new ClaimVersion(c.claimId(), c.articleId(), c.extractorVersion(), c.type().name(), c.gathering(),
                ActorKeys.of(c.actors()), c.evidence() == null ? null : c.evidence().sentence(), json(c));
    }

    public static ExtractionVersion extraction(FactPayload payload) {
        ArticleExtracted e = (ArticleExtracted) payload;
        return new ExtractionVersion(e.articleId(), e.extractorVersion(), e.claimCount(), e.supersedes());
    }

    /** A value as the JSON text the projection tables keep (payloads, stream changes). */
    public static String json(Object value) {
        try {
            return ChanceryJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    /** A payload kept as JSON text, read back. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return ChanceryJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }
}
