package dev.chancery.ingestion.repository;

import java.time.Instant;
import java.util.UUID;

/** One line of the article listing (no body). */
public record ArticleSummary(UUID id, String url, String outlet, String outletKind, String title, String language,
        Instant publishedAt, Instant recordedAt) {
}
