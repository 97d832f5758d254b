package dev.chancery.model.verdict;

import dev.chancery.model.fact.FactPayload;

/**
 * A change of an event's verdict or invitation state, with what it was before and why.
 *
 * @param revision       2 and up; EventVerified is revision 1
 * @param previous       the judgement it replaces
 * @param triggerClaimId the claim whose arrival caused the revision
 */
public record VerdictRevised(
        String eventId,
        int revision,
        DiplomaticEvent event,
        Judgement previous,
        Judgement judgement,
        String triggerClaimId) implements FactPayload {

    @Override
    public String streamId() {
        return eventId;
    }
}
