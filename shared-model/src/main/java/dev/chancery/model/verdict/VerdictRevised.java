package dev.chancery.model.verdict;

import dev.chancery.model.fact.FactPayload;

import java.util.List;

/**
 * A change of an event's judgement: where it stands now and before, the claims that joined or left it, and why.
 * It names only what changed, so its size does not grow with the number of claims behind the event; fold the
 * {@link ClaimChanges} with {@link ClaimMembership#then} for the full list.
 *
 * @param revision       2 and up; EventVerified is revision 1
 * @param standing       the verdict and invitation state after this revision
 * @param previous       the same before it (the last published revision: judgements in between that were never
 *                       published, within one transaction, are not named)
 * @param claims         the claims that joined or left each side, and each side's size after it
 * @param rationale      the named rules behind the new judgement
 * @param triggerClaimId the claim whose arrival caused the revision: of the claims verification applied in one
 *                       transaction, the last that changed the judgement (null for a supersession)
 */
public record VerdictRevised(
        String eventId,
        int revision,
        DiplomaticEvent event,
        Standing standing,
        Standing previous,
        ClaimChanges claims,
        List<Rationale> rationale,
        String triggerClaimId) implements FactPayload {

    @Override
    public String streamId() {
        return eventId;
    }

    /** The revision that leads from {@code before} to {@code after}. */
    public static VerdictRevised between(String eventId, int revision, DiplomaticEvent event, Judgement before,
            Judgement after, String triggerClaimId) {
        return new VerdictRevised(eventId, revision, event, Standing.of(after), Standing.of(before),
                ClaimMembership.of(before).changesTo(ClaimMembership.of(after)), after.rationale(), triggerClaimId);
    }

    /** The judgement after this revision, given the claims behind the event before it. */
    public Judgement judgementAfter(ClaimMembership before) {
        ClaimMembership after = before.then(claims);
        return new Judgement(standing.verdict(), standing.invitationState(), standing.stateVerdict(),
                after.claimsFor(), after.claimsAgainst(), rationale);
    }
}
