package dev.chancery.model.verdict;

/** Where an invitation stands. */
public enum InvitationState {
    INVITED, ACCEPTED, DECLINED, CONSIDERING, WITHDRAWN, EXCLUDED
}
