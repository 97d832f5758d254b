package dev.chancery.ingestion.repository;

import java.util.UUID;

/** One verdict fact as an article's progress sees it: the article whose claim triggered it, and the verdict. */
public record ArticleVerdict(UUID articleId, EventVerdict verdict, UUID factId) {
}
