package dev.chancery.model.claim;

/** What one article says happened. */
public enum ClaimType {
    INVITATION, INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_CONSIDERED, INVITATION_WITHDRAWN,
    EXCLUSION, PHONE_CALL, VISIT, MEETING, ATTENDANCE, MEMBERSHIP_JOINED, DENIAL;

    /** True for the invitation family, whose events carry an invitation state. */
    public boolean isInvitationFamily() {
        return switch (this) {
            case INVITATION, INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_CONSIDERED,
                 INVITATION_WITHDRAWN, EXCLUSION -> true;
            default -> false;
        };
    }

    /** True for contacts between actors: calls, visits, meetings. */
    public boolean isContact() {
        return this == PHONE_CALL || this == VISIT || this == MEETING;
    }
}
