package dev.chancery.model.verdict;

import java.util.List;

/**
 * How a revision changes the claims behind an event: the ids that join or leave each side, and the size of each
 * side afterwards. Folding the changes of revisions 2..n onto the claims of {@link EventVerified} gives the claims
 * of revision n ({@link ClaimMembership#then}); a claim that changes sides leaves one and joins the other.
 *
 * @param forAdded       claims that now support the event
 * @param forRemoved     claims that no longer support it
 * @param againstAdded   claims that now contradict it
 * @param againstRemoved claims that no longer contradict it
 * @param forCount       how many claims support it after this revision
 * @param againstCount   how many claims contradict it after this revision
 */
public record ClaimChanges(List<String> forAdded, List<String> forRemoved, List<String> againstAdded,
                           List<String> againstRemoved, int forCount, int againstCount) {

    public boolean isEmpty() {
        return forAdded.isEmpty() && forRemoved.isEmpty() && againstAdded.isEmpty() && againstRemoved.isEmpty();
    }
}
