package dev.chancery.query.projection;

import java.time.LocalDate;

/**
 * What one version of a diplomatic event says: the judgement of one EventVerified (revision 1) or VerdictRevised
 * fact, with the searchable columns copied out of {@code payload} (the fact's JSON), and the article whose claim
 * triggered it (the fact's correlation id).
 */
public record EventVersion(String eventId, int revision, String factType, String eventType, String gathering,
                           LocalDate dateStart, LocalDate dateEnd, String actorKeys, String verdict,
                           String invitationState, String stateVerdict, String payload,
                           String articleId) {
}
