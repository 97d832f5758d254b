package dev.chancery.model.claim;

import dev.chancery.model.fact.FactPayload;

import java.util.List;

/**
 * One claim read from one article: what it says happened, between whom, when, how surely and on whose word.
 *
 * @param claimId          deterministic: article id + extractor version + claim signature
 * @param articleId        the article (also the stream id and the Kafka key)
 * @param extractorVersion the extractor that produced it; a newer version's claims supersede older ones
 * @param type             claim type
 * @param plover           PLOVER event and mode
 * @param cameo            CAMEO code ("041")
 * @param actors           actors with roles
 * @param gathering        gathering id ({@code gathering:g20-2026}) or null
 * @param date             valid time at its precision
 * @param modality         asserted, planned, hedged, hypothetical, negated
 * @param attribution      who says so
 * @param evidence         sentence and offsets
 * @param deniedType       for a DENIAL, the type of the event denied; else null
 * @param source           the article's outlet, kind, wire origin, URL and date
 */
public record ClaimExtracted(
        String claimId,
        String articleId,
        String extractorVersion,
        ClaimType type,
        Plover plover,
        String cameo,
        List<ActorRef> actors,
        String gathering,
        ClaimDate date,
        Modality modality,
        Attribution attribution,
        Evidence evidence,
        ClaimType deniedType,
        SourceInfo source) implements FactPayload {

    @Override
    public String streamId() {
        return articleId;
    }
}
