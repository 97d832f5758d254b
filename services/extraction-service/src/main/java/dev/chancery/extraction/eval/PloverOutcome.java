package dev.chancery.extraction.eval;

import dev.chancery.model.claim.ClaimExtracted;

import java.util.List;
import java.util.Set;

/**
 * What the extractor made of one PLOVER record: whether the record is in scope, the claims, the claims whose
 * PLOVER event and mode match the gold coding, and whether one matched claim names every gold country
 * (null when the gold coding names no country).
 */
public record PloverOutcome(PloverRecord record, boolean inScope, List<ClaimExtracted> claims,
                            List<ClaimExtracted> matching, Set<String> goldCountries, Boolean countriesRight) {

    public boolean matched() {
        return !matching.isEmpty();
    }

    /** In scope, with claims, none of them matching. */
    public boolean falsePositive() {
        return inScope && !claims.isEmpty() && matching.isEmpty();
    }

    /** Out of scope, yet some claim came out. */
    public boolean overcoded() {
        return !inScope && !claims.isEmpty();
    }
}
