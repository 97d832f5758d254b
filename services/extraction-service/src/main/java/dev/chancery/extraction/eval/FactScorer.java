package dev.chancery.extraction.eval;

import dev.chancery.model.claim.ClaimExtracted;

import java.util.ArrayList;
import java.util.List;

/**
 * Fact-level scoring of one article: a claim is right when it states an expected or optional fact (FactMatch);
 * an expected (non-optional) fact is recalled when at least one claim states it.
 */
public final class FactScorer {
    private FactScorer() {
    }

    public static ArticleScore score(CorpusItem item, List<ClaimExtracted> claims) {
        List<String> wrong = new ArrayList<>();
        int right = 0;
        for (ClaimExtracted c : claims) {
            if (item.expected().stream().anyMatch(f -> FactMatch.matches(f, c))) {
                right++;
            } else {
                wrong.add(item.id() + " WRONG  " + ClaimLine.of(c));
            }
        }
        List<String> missed = new ArrayList<>();
        List<ExpectedClaim> required = item.required();
        for (ExpectedClaim f : required) {
            if (claims.stream().noneMatch(c -> FactMatch.matches(f, c))) {
                missed.add(item.id() + " MISSED " + f.describe());
            }
        }
        return new ArticleScore(item.id(), claims.size(), right, required.size(), required.size() - missed.size(),
                missed, wrong);
    }
}
