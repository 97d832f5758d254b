package dev.chancery.verification.domain;

import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimExtracted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The engine wired to an {@link EventLookup}: finds each key's candidates and returns the outcomes for the caller
 * to store (and publish) in one transaction. For a synchronous store; a reactive one calls
 * {@link ClusterKeys}, {@link SearchWindow} and {@link VerificationEngine} itself the same way.
 */
public final class ClaimVerifier {
    private final EventLookup lookup;
    private final VerificationEngine engine = new VerificationEngine();

    public ClaimVerifier(EventLookup lookup) {
        this.lookup = lookup;
    }

    public List<Outcome> onClaim(ClaimExtracted claim) {
        if (lookup.superseded(claim.articleId(), claim.extractorVersion())) {
            return List.of();
        }
        List<Outcome> outcomes = new ArrayList<>();
        DateSpan span = ClaimSummary.of(claim).span();
        for (ClusterKey key : ClusterKeys.of(claim)) {
            outcomes.addAll(engine.apply(claim, key, lookup.candidates(key, SearchWindow.around(key, span))));
        }
        return outcomes;
    }

    public List<Outcome> onArticleExtracted(ArticleExtracted done) {
        if (done.supersedes() == null) {
            return List.of();
        }
        Map<String, List<EventState>> byKey = lookup.citing(done.articleId()).stream()
                .collect(Collectors.groupingBy(e -> e.key().canonical(), TreeMap::new, Collectors.toList()));
        List<Outcome> outcomes = new ArrayList<>();
        byKey.values().forEach(events -> {
            ClusterKey key = events.get(0).key();
            DateSpan window = SearchWindow.aroundEvents(key, events);
            outcomes.addAll(engine.supersede(done, key, lookup.candidates(key, window)));
        });
        return outcomes;
    }
}
