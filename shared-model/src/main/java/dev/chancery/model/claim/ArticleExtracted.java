package dev.chancery.model.claim;

import dev.chancery.model.fact.FactPayload;

import java.util.List;

/**
 * Closes the extraction of one article by one extractor version.
 *
 * @param supersedes the extractor version whose claims these replace, or null for a first extraction
 */
public record ArticleExtracted(
        String articleId,
        String extractorVersion,
        int claimCount,
        List<String> claimIds,
        String supersedes) implements FactPayload {

    @Override
    public String streamId() {
        return articleId;
    }
}
