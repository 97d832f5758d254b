package dev.chancery.ingestion.rest;

import dev.chancery.ingestion.repository.ArticleSummary;

import java.util.List;

/** A page of the listing, newest publication first; {@code total} counts every match. */
public record ArticlePage(int page, int size, long total, List<ArticleSummary> items) {
}
