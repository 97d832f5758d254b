package dev.chancery.ingestion.repository;

import java.util.UUID;

/** One ArticleExtracted fact as an article's progress sees it: the article, its extraction, and the fact. */
public record ArticleExtraction(UUID articleId, Extraction extraction, UUID factId) {
}
