package dev.chancery.verification.domain;

import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.Judgement;

import java.util.List;

/**
 * Turns an event's new set of claims into its next state and what to publish: EventVerified (revision 1) for the
 * first judgement with a verdict, VerdictRevised (revision n+1, naming the previous standing and the claims that
 * joined or left) when a published judgement changes, nothing otherwise ({@link RunPublication}, for a run of one
 * claim). An event that loses all its claims publishes a revision with a null verdict and rule {@code no-claims-left}.
 */
final class Revisions {
    private Revisions() {
    }

    static Outcome next(EventState before, String eventId, ClusterKey key, String anchor, List<ClaimSummary> claims,
                        String trigger) {
        Judgement judgement = EventJudge.judge(key, claims);
        DiplomaticEvent event = claims.isEmpty() && before != null ? before.event()
                : EventDescription.describe(key, anchor, claims);
        DateSpan span = claims.stream().map(ClaimSummary::span).reduce(null, Revisions::hull);
        if (span == null && before != null) {
            span = before.span();
        }
        EventState after = new EventState(eventId, key, anchor, event, span, claims, judgement, 0);
        return RunPublication.of(before, after, trigger);
    }

    private static DateSpan hull(DateSpan a, DateSpan b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.union(b);
    }
}
