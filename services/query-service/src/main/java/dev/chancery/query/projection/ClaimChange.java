package dev.chancery.query.projection;

/**
 * One row of {@code event_claim_changes}: a claim that joins, leaves or changes side of an event at a revision.
 *
 * @param stance FOR or AGAINST from this revision on, null when the claim left the event
 */
public record ClaimChange(String eventId, String claimId, int revision, String stance) {
}
