package dev.chancery.ingestion.repository;

import java.time.Instant;

/** The latest extraction of an article: how many claims, by which extractor version, when. */
public record Extraction(int claimCount, String extractorVersion, Instant at) {
}
