package dev.chancery.query.projection;

/** What one version of an article's extraction by one extractor version says (ArticleExtracted). */
public record ExtractionVersion(String articleId, String extractorVersion, int claimCount, String supersedes) {
}
