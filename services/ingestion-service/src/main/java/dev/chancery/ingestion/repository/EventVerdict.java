package dev.chancery.ingestion.repository;

import java.time.Instant;

/** The latest verdict on one diplomatic event that an article's claims triggered. */
public record EventVerdict(String eventId, String verdict, int revision, Instant at) {
}
