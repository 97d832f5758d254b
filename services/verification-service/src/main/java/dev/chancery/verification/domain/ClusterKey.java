package dev.chancery.verification.domain;

import dev.chancery.model.claim.ClaimType;

import java.util.List;

/**
 * Which claims can describe the same happening: one type family, the same participants (canonical identities,
 * sorted) and the same gathering. The invitation family keys on the single invitee and the gathering.
 *
 * @param family       INVITATION for the whole invitation family, else the (denied) claim type
 * @param participants sorted canonical identities (ISO alpha-3 for states and their people, slugs for bodies)
 * @param gathering    the gathering id; for an invitation with no gathering, {@code invited-by:<inviters>}; else null
 */
public record ClusterKey(ClaimType family, List<String> participants, String gathering) {

    public ClusterKey {
        participants = List.copyOf(participants);
    }

    /** A stable text form, fit for a database column: {@code PHONE_CALL|KAZ,USA|-}. */
    public String canonical() {
        return family + "|" + String.join(",", participants) + "|" + (gathering == null ? "-" : gathering);
    }

    /** True for the invitation family, which has one event per key and no date clustering. */
    public boolean invitation() {
        return family == ClaimType.INVITATION;
    }
}
