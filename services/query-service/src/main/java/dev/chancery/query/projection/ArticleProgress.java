package dev.chancery.query.projection;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * How far an article has come: ingested, then extracted (claims), then verified (verdicts on the events its claims
 * triggered).
 *
 * @param stage     INGESTED, EXTRACTED or VERIFIED: the furthest reached
 * @param extracted null until an ArticleExtracted fact arrives
 * @param verified  the latest revision per event, oldest first; empty until a verdict arrives
 */
public record ArticleProgress(String articleId, String stage, Instant ingestedAt, Extraction extracted,
                              List<EventVerdict> verified) {
    public static final String INGESTED = "INGESTED";
    public static final String EXTRACTED = "EXTRACTED";
    public static final String VERIFIED = "VERIFIED";

    /** The article's extraction by one extractor version, recorded at {@code at}. */
    public record Extraction(int claimCount, String extractorVersion, Instant at) {
    }

    /** One revision of a verdict on an event the article's claims triggered, recorded at {@code at}. */
    public record EventVerdict(String eventId, String verdict, int revision, Instant at) {
    }

    /** The progress from the article's extractions and the verdict revisions it triggered, in any order. */
    public static ArticleProgress of(String articleId, Instant ingestedAt, Collection<Extraction> extractions,
            Collection<EventVerdict> verdicts) {
        Extraction latest = extractions.stream().max(Comparator.comparing(Extraction::at)).orElse(null);
        BinaryOperator<EventVerdict> newer = (a, b) -> b.revision() > a.revision() ? b : a;
        Map<String, EventVerdict> perEvent = verdicts.stream()
                .collect(Collectors.toMap(EventVerdict::eventId, v -> v, newer));
        List<EventVerdict> verified = perEvent.values().stream()
                .sorted(Comparator.comparing(EventVerdict::at).thenComparing(EventVerdict::eventId)).toList();
        String stage = !verified.isEmpty() ? VERIFIED : latest != null ? EXTRACTED : INGESTED;
        return new ArticleProgress(articleId, stage, ingestedAt, latest, verified);
    }
}
