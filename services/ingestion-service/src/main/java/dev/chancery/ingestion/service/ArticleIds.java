package dev.chancery.ingestion.service;

import dev.chancery.model.fact.DeterministicIds;

import java.util.UUID;

/** An article's id: from its normalised URL, or from its body fingerprint when it has no URL. */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static UUID of(String normalizedUrl, String bodySha256) {
        return DeterministicIds.of("article", normalizedUrl != null ? normalizedUrl : "body:" + bodySha256);
    }
}
