package dev.chancery.ingestion.rest;

import dev.chancery.ingestion.repository.EventVerdict;
import dev.chancery.ingestion.repository.Extraction;

import java.time.Instant;
import java.util.List;

/**
 * How far an article has come: ingested, then extracted (claims), then verified (verdicts on the events its claims
 * triggered).
 *
 * @param stage     INGESTED, EXTRACTED or VERIFIED: the furthest reached
 * @param extracted null until an ArticleExtracted fact arrives
 * @param verified  the latest verdict per event, empty until one arrives
 */
public record ArticleProgress(String stage, Instant ingestedAt, Extraction extracted, List<EventVerdict> verified) {

    static ArticleProgress of(Instant ingestedAt, Extraction extracted, List<EventVerdict> verified) {
        String stage = !verified.isEmpty() ? "VERIFIED" : extracted != null ? "EXTRACTED" : "INGESTED";
        return new ArticleProgress(stage, ingestedAt, extracted, verified);
    }
}
