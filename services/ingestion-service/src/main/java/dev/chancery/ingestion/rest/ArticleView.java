package dev.chancery.ingestion.rest;

import dev.chancery.model.article.ArticleIngested;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored article: the ArticleIngested fact as recorded.
 *
 * @param position   the fact's position in the ingestion store
 * @param recordedAt transaction time
 */
public record ArticleView(UUID id, long position, Instant recordedAt, ArticleIngested article) {
}
