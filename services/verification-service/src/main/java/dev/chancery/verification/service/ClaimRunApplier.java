package dev.chancery.verification.service;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.verification.domain.ClaimSummary;
import dev.chancery.verification.domain.ClaimVerifier;
import dev.chancery.verification.domain.ClusterKey;
import dev.chancery.verification.domain.ClusterKeys;
import dev.chancery.verification.domain.DateSpan;
import dev.chancery.verification.domain.Outcome;
import dev.chancery.verification.domain.SearchWindow;
import dev.chancery.verification.repository.BatchEventLookup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies a run of ClaimExtracted facts in the caller's transaction, in order: marks them processed, locks all their
 * cluster keys, reads the candidate events once, applies each claim over those states and the ones produced before
 * it (the final states are those of one transaction per fact), then writes each changed event once (and caches it)
 * and publishes at most one verdict per event for the whole run ({@link RunVerdicts}): the judgements in between
 * commit together, so nobody outside could see them.
 */
final class ClaimRunApplier {
    private ClaimRunApplier() {
    }

    /** @return the verdict facts appended */
    static List<FactEnvelope<FactPayload>> apply(VerificationTx tx, List<? extends FactEnvelope<?>> facts) {
        List<? extends FactEnvelope<?>> fresh = tx.firstTime(facts);
        List<ClaimExtracted> claims = fresh.stream().filter(f -> f.payload() instanceof ClaimExtracted)
                .map(f -> (ClaimExtracted) f.payload()).toList();
        Map<String, DateSpan> windows = windows(claims);
        var writer = tx.writer();
        writer.lockAll(windows.keySet());
        var articles = new TreeSet<>(claims.stream().map(ClaimExtracted::articleId).toList());
        BatchEventLookup lookup = tx.loader().load(windows, articles);
        var verifier = new ClaimVerifier(lookup);
        var verdicts = new RunVerdicts();
        for (FactEnvelope<?> fact : fresh) {
            if (fact.payload() instanceof ClaimExtracted claim) {
                List<Outcome> outcomes = verifier.onClaim(claim);
                lookup.store(outcomes);
                verdicts.record(fact, outcomes);
            }
        }
        var publisher = tx.publisher();
        var states = verdicts.publish(lookup.changed(), lookup.originals(), publisher);
        tx.cache().putAll(writer.saveAll(states, lookup.originals(), lookup.newCitations()));
        return publisher.finish();
    }

    /** Each key of the claims with the union of their search windows, keys in canonical order. */
    private static Map<String, DateSpan> windows(List<ClaimExtracted> claims) {
        Map<String, DateSpan> windows = new TreeMap<>();
        for (ClaimExtracted claim : claims) {
            DateSpan span = ClaimSummary.of(claim).span();
            for (ClusterKey key : ClusterKeys.of(claim)) {
                windows.merge(key.canonical(), SearchWindow.around(key, span), DateSpan::union);
            }
        }
        return windows;
    }
}
