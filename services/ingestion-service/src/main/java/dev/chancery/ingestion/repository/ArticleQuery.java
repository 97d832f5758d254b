package dev.chancery.ingestion.repository;

import java.time.Instant;

/**
 * A page of the listing.
 *
 * @param outlet exact outlet name, case-insensitive, or null for all
 * @param from   inclusive lower bound on publication time, or null
 * @param to     exclusive upper bound on publication time, or null
 * @param page   0-based
 * @param size   1 to 100
 */
public record ArticleQuery(String outlet, Instant from, Instant to, int page, int size) {
}
