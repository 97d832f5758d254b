package dev.chancery.verification.domain;

import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.VerdictRevised;

/**
 * What one transaction publishes for an event, from its state before the transaction (null when there was none) to
 * its state after it: EventVerified (revision 1) for a first judgement with a verdict, VerdictRevised r+1 naming the
 * judgement before as previous when the published judgement r changed, nothing otherwise. One claim is a run of one
 * ({@link Revisions#next}); a run of many claims committed together publishes one fact per event at most, whatever
 * the judgements in between, since nobody outside the transaction could see them.
 */
public final class RunPublication {
    private RunPublication() {
    }

    /**
     * @param after   the final state; its own revision is ignored (it counts the judgements in between)
     * @param trigger the claim id to name: the last one that changed the judgement
     * @return the final state with the revision published so far, and the fact to publish, if any
     */
    public static Outcome of(EventState before, EventState after, String trigger) {
        int published = before == null ? 0 : before.revision();
        Judgement previous = before == null ? null : before.judgement();
        Judgement judgement = after.judgement();
        if (published == 0 && judgement.verdict() != null) {
            return Outcome.publishing(after.withRevision(1),
                    () -> new EventVerified(after.eventId(), after.event(), judgement, trigger), trigger);
        }
        if (published > 0 && !judgement.equals(previous)) {
            int revision = published + 1;
            return Outcome.publishing(after.withRevision(revision), () -> VerdictRevised.between(after.eventId(),
                    revision, after.event(), previous, judgement, trigger), trigger);
        }
        return Outcome.unpublished(after.withRevision(published));
    }
}
