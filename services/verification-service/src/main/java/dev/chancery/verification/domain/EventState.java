package dev.chancery.verification.domain;

import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.Judgement;

import java.util.List;

/**
 * Everything verification keeps about one diplomatic event: an immutable record, stored as jsonb by the wiring.
 *
 * @param eventId   deterministic ({@link EventIds}), the verdict stream id and Kafka key
 * @param key       the cluster key (index {@code key.canonical()})
 * @param anchor    the day, {@code open:<year>}, {@code open:undated} or {@code invitation}
 * @param event     what it is about, as published
 * @param span      hull of the claims' spans (index it to answer {@link EventLookup#candidates}); null when none
 *                  has one; kept when the event loses its claims
 * @param claims    the claims it holds, sorted by claim id; empty once every claim was superseded or moved away
 * @param judgement the current judgement, or null before any was made
 * @param revision  how many judgements were published: 0 none yet, 1 after EventVerified, n after VerdictRevised n
 */
public record EventState(String eventId, ClusterKey key, String anchor, DiplomaticEvent event, DateSpan span,
                         List<ClaimSummary> claims, Judgement judgement, int revision) {

    public EventState {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** The same state with another count of published judgements. */
    public EventState withRevision(int published) {
        return new EventState(eventId, key, anchor, event, span, claims, judgement, published);
    }

    /** True when it holds at least one claim of the article. */
    public boolean cites(String articleId) {
        return claims.stream().anyMatch(c -> articleId.equals(c.articleId()));
    }
}
