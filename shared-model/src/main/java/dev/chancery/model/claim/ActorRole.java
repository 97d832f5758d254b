package dev.chancery.model.claim;

/**
 * The part an actor plays in a claim. Invitation family: INVITER, INVITEE (a response's actor is the
 * INVITEE; an exclusion's host is the INVITER). Calls, meetings, attendance, denied events: PARTICIPANT.
 * Visits: VISITOR and HOST. Membership: MEMBER.
 */
public enum ActorRole {
    INVITER, INVITEE, PARTICIPANT, VISITOR, HOST, MEMBER
}
