package dev.chancery.model.verdict;

import java.util.List;

/**
 * A verdict on an event and, for invitations, on its state.
 *
 * @param verdict         is the event itself established
 * @param invitationState for the invitation family, where it stands; else null
 * @param stateVerdict    for the invitation family, how well that state is established; else null
 * @param claimsFor       claim ids that support the event
 * @param claimsAgainst   claim ids that contradict it (denials, contrary responses)
 * @param rationale       the named rules that produced the judgement
 */
public record Judgement(
        Verdict verdict,
        InvitationState invitationState,
        Verdict stateVerdict,
        List<String> claimsFor,
        List<String> claimsAgainst,
        List<Rationale> rationale) {
}
