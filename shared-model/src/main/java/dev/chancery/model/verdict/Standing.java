package dev.chancery.model.verdict;

/**
 * Where an event stands at one revision, without the claims behind it.
 *
 * @param verdict         is the event itself established; null when no claim is left
 * @param invitationState for the invitation family, where it stands; else null
 * @param stateVerdict    for the invitation family, how well that state is established; else null
 */
public record Standing(Verdict verdict, InvitationState invitationState, Verdict stateVerdict) {

    public static Standing of(Judgement judgement) {
        return new Standing(judgement.verdict(), judgement.invitationState(), judgement.stateVerdict());
    }
}
