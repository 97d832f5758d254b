package dev.chancery.verification.domain;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.verdict.InvitationState;

/**
 * A claim of the invitation family read twice: on the matter (was the invitee invited, or excluded) and on the
 * invitation state it asserts or opposes.
 *
 * @param onMatter stance on the invitation matter; responses, withdrawals and exclusions assert it
 * @param asserts  the state the claim asserts, or null
 * @param opposes  the state the claim contradicts (negations, denials), or null
 */
record InvitationReading(ClaimReading reading, Stance onMatter, InvitationState asserts, InvitationState opposes) {
    static final String RESPONSE_IMPLIES_INVITATION = "response-implies-invitation";
    static final String HOST_NEGATION_EXCLUDES = "host-negation-excludes";
    static final String CONDITIONAL_DECLINE = "conditional-decline-declines";

    static InvitationReading of(ClaimReading r, String invitee) {
        ClaimSummary c = r.claim();
        if (c.type() == ClaimType.INVITATION_DECLINED && c.modality() == Modality.HYPOTHETICAL) {
            // "will not join unless ..." refuses now and names what would change it: a refusal, not a maybe
            return new InvitationReading(r.as(Stance.ASSERTS, CONDITIONAL_DECLINE), Stance.ASSERTS,
                    InvitationState.DECLINED, null);
        }
        if (r.stance() == Stance.SILENT) {
            return new InvitationReading(r, Stance.SILENT, null, null);
        }
        if (c.type() == ClaimType.DENIAL) {
            Stance matter = c.deniedType() == ClaimType.INVITATION ? Stance.CONTRADICTS : Stance.SILENT;
            return new InvitationReading(r, matter, null, stateOf(c.deniedType()));
        }
        if (c.modality() == Modality.NEGATED) {
            if (c.type() == ClaimType.INVITATION && r.officialParticipant() && !invitee.equals(c.speaker())) {
                return new InvitationReading(r.as(Stance.ASSERTS, HOST_NEGATION_EXCLUDES), Stance.ASSERTS,
                        InvitationState.EXCLUDED, null);
            }
            Stance matter = c.type() == ClaimType.INVITATION ? Stance.CONTRADICTS : Stance.SILENT;
            return new InvitationReading(r, matter, null, stateOf(c.type()));
        }
        ClaimReading read = c.type() == ClaimType.INVITATION ? r : r.as(Stance.ASSERTS, RESPONSE_IMPLIES_INVITATION);
        return new InvitationReading(read, Stance.ASSERTS, stateOf(c.type()), null);
    }

    static InvitationState stateOf(ClaimType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case INVITATION -> InvitationState.INVITED;
            case INVITATION_ACCEPTED -> InvitationState.ACCEPTED;
            case INVITATION_DECLINED -> InvitationState.DECLINED;
            case INVITATION_CONSIDERED -> InvitationState.CONSIDERING;
            case INVITATION_WITHDRAWN -> InvitationState.WITHDRAWN;
            case EXCLUSION -> InvitationState.EXCLUDED;
            default -> null;
        };
    }

    /** True when the invitee itself says so through an official channel. */
    boolean byInviteeOfficially(String invitee) {
        return reading.claim().official() && invitee.equals(reading.claim().speaker());
    }

    ClaimReading onMatterReading() {
        return reading.stance() == onMatter ? reading : reading.as(onMatter, reading.rule());
    }
}
