package dev.chancery.query.projection;

/** What one version of an extracted claim says; {@code payload} is the ClaimExtracted JSON. */
public record ClaimVersion(String claimId, String articleId, String extractorVersion, String type, String gathering,
                           String actorKeys, String sentence, String payload) {
}
