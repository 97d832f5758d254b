package dev.chancery.faults.reconcile;

import dev.chancery.faults.poison.DeadLetter;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the driver read back once the lag was 0.
 *
 * @param articleFacts      ArticleIngested facts per article id (ingestion's store)
 * @param extractions       ArticleExtracted facts per {@link #extractionKey(String, String) article@version}
 * @param extractorVersions the extractor versions that must each have extracted every article
 * @param claimsExtracted   ClaimExtracted fact ids (extraction's store)
 * @param claimsVerified    times each claim fact was processed by verification
 * @param verdictsPublished EventVerified and VerdictRevised fact ids (verification's store)
 * @param verdictsProjected times each verdict fact was applied to the query's active events projection
 * @param liveAnswers       answer per question asked of the live projections
 * @param rebuiltAnswers    answer per the same question after a rebuild from the topics
 * @param deadLetters       every record of every dead-letter topic
 */
public record Observed(Map<String, Integer> articleFacts, Map<String, Integer> extractions,
        Set<String> extractorVersions, Set<String> claimsExtracted, Map<String, Integer> claimsVerified,
        Set<String> verdictsPublished, Map<String, Integer> verdictsProjected, Map<String, String> liveAnswers,
        Map<String, String> rebuiltAnswers, List<DeadLetter> deadLetters) {

    public static String extractionKey(String articleId, String extractorVersion) {
        return articleId + "@" + extractorVersion;
    }
}
