package dev.chancery.ingestion.service;

/**
 * An article as a client sent it (REST or Kafka), every field still text: the validator decides what it means,
 * so a bad date or outlet kind is reported by name rather than as malformed JSON.
 */
public record ArticleSubmission(
        String url,
        String outlet,
        String outletKind,
        String publishedAt,
        String language,
        String title,
        String body,
        String author,
        String dateline,
        String originalOutlet) {
}
