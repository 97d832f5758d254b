package dev.chancery.verification.domain;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The verification domain as pure functions over the candidate events of one cluster key: add a claim, or drop
 * superseded ones, re-place the key's claims into events ({@link EventPlacement}), re-judge the events whose claims
 * changed ({@link EventJudge}) and say what to store and publish ({@link Revisions}). Holds no state.
 */
public final class VerificationEngine {

    /**
     * Adds a claim to the events of one of its keys ({@link ClusterKeys#of}). Candidates are the stored events of
     * the key found with {@link SearchWindow#around}. A claim already held is a no-op (empty list).
     */
    public List<Outcome> apply(ClaimExtracted claim, ClusterKey key, List<EventState> candidates) {
        Map<String, ClaimSummary> claims = claimsOf(candidates);
        if (claims.putIfAbsent(claim.claimId(), ClaimSummary.of(claim)) != null) {
            return List.of();
        }
        return rebuild(key, candidates, claims.values(), claim.claimId());
    }

    /**
     * Drops the claims of {@code done.articleId()} made by the superseded extractor version from the events of one
     * key. Revisions carry a null trigger claim: the trigger is the ArticleExtracted fact.
     */
    public List<Outcome> supersede(ArticleExtracted done, ClusterKey key, List<EventState> candidates) {
        if (done.supersedes() == null) {
            return List.of();
        }
        Map<String, ClaimSummary> claims = claimsOf(candidates);
        boolean removed = claims.values().removeIf(c -> done.articleId().equals(c.articleId())
                && done.supersedes().equals(c.extractorVersion()));
        return removed ? rebuild(key, candidates, claims.values(), null) : List.of();
    }

    private List<Outcome> rebuild(ClusterKey key, List<EventState> candidates, Collection<ClaimSummary> claims,
                                  String trigger) {
        Map<String, EventState> stored = new LinkedHashMap<>();
        candidates.forEach(e -> stored.put(e.eventId(), e));
        List<Outcome> outcomes = new ArrayList<>();
        EventPlacement.place(key, claims).forEach((anchor, placed) -> {
            String id = EventIds.of(key, anchor);
            EventState before = stored.remove(id);
            if (before == null || !before.claims().equals(placed)) {
                outcomes.add(Revisions.next(before, id, key, anchor, placed, trigger));
            }
        });
        stored.values().stream().filter(e -> !e.claims().isEmpty())
                .forEach(e -> outcomes.add(Revisions.next(e, e.eventId(), key, e.anchor(), List.of(), trigger)));
        return outcomes;
    }

    private static Map<String, ClaimSummary> claimsOf(List<EventState> candidates) {
        Map<String, ClaimSummary> claims = new LinkedHashMap<>();
        candidates.stream().flatMap(e -> e.claims().stream()).filter(Objects::nonNull)
                .forEach(c -> claims.putIfAbsent(c.claimId(), c));
        return claims;
    }
}
