package dev.chancery.query.projection;

import java.time.Instant;

/** What one version of an ingested article says: where a claim's sentence was published. */
public record ArticleVersion(String articleId, String outlet, String outletKind, String url, String title,
                             Instant publishedAt) {
}
