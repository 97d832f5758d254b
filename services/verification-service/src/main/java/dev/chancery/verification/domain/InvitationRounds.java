package dev.chancery.verification.domain;

import dev.chancery.model.verdict.InvitationState;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code new-invitation-reopens}: a withdrawal or exclusion ends an invitation, and only a new invitation dated
 * after it opens a new round. The new invitation must be a participant's official word or carry a date of its own,
 * so that a report retelling the old invitation does not re-open it. Only the current round's claims decide the
 * state; earlier rounds still support the matter (the invitee was invited).
 *
 * @param current    the claims of the current round that assert or oppose a state, in time order
 * @param reopenedBy the invitations that opened a new round, in time order (empty when never re-opened)
 */
record InvitationRounds(List<InvitationReading> current, List<InvitationReading> reopenedBy) {
    static final String RULE = "new-invitation-reopens";

    static InvitationRounds of(List<InvitationReading> read) {
        List<InvitationReading> timed = ClaimOrder.sorted(read.stream()
                .filter(r -> r.asserts() != null || r.opposes() != null).toList(), r -> r.reading().claim());
        List<InvitationReading> reopenedBy = new ArrayList<>();
        InvitationReading ended = null;
        int start = 0;
        for (int i = 0; i < timed.size(); i++) {
            InvitationReading r = timed.get(i);
            if (ended != null && reopens(r, ended)) {
                start = i;
                ended = null;
                reopenedBy.add(r);
            } else if (r.asserts() != null && InvitationStates.terminal(r.asserts())) {
                ended = r;
            }
        }
        return new InvitationRounds(timed.subList(start, timed.size()), reopenedBy);
    }

    private static boolean reopens(InvitationReading r, InvitationReading ended) {
        ClaimSummary c = r.reading().claim();
        return r.asserts() == InvitationState.INVITED && ClaimOrder.dayAfter(c, ended.reading().claim())
                && (r.reading().officialParticipant() || ClaimOrder.hasOwnDate(c));
    }
}
