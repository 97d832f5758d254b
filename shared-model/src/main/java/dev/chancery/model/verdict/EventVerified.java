package dev.chancery.model.verdict;

import dev.chancery.model.fact.FactPayload;

/**
 * The first judgement of a diplomatic event (revision 1).
 *
 * @param eventId        deterministic id of the event
 * @param event          what it is about
 * @param judgement      the verdict and its reasons
 * @param triggerClaimId the claim whose arrival gave the event this judgement: of the claims verification applied
 *                       in one transaction, the last that changed it
 */
public record EventVerified(
        String eventId,
        DiplomaticEvent event,
        Judgement judgement,
        String triggerClaimId) implements FactPayload {

    @Override
    public String streamId() {
        return eventId;
    }
}
