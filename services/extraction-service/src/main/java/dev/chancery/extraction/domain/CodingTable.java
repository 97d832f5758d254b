package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.claim.Plover;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one table from claim type to PLOVER event/mode and CAMEO code. Variants: a visit told from the host's
 * side is CAMEO 043 (host a visit); a planned meeting is CAMEO 036 (express intent to meet). Modes outside
 * PLOVER's published list ("invite", "accept", "consider", "join", "deny") are Chancery's and documented in
 * docs/extraction.md.
 */
public final class CodingTable {

    /** A coding: PLOVER event and mode, CAMEO code. */
    public record Coding(String event, String mode, String cameo) {
        public Plover plover() {
            return new Plover(event, mode);
        }
    }

    static final Map<ClaimType, Coding> TABLE = new EnumMap<>(Map.ofEntries(
            Map.entry(ClaimType.INVITATION, new Coding("AGREE", "invite", "036")),
            Map.entry(ClaimType.INVITATION_ACCEPTED, new Coding("AGREE", "accept", "036")),
            Map.entry(ClaimType.INVITATION_DECLINED, new Coding("REJECT", "meet", "125")),
            Map.entry(ClaimType.INVITATION_CONSIDERED, new Coding("AGREE", "consider", "014")),
            Map.entry(ClaimType.INVITATION_WITHDRAWN, new Coding("SANCTION", "relations", "160")),
            Map.entry(ClaimType.EXCLUSION, new Coding("SANCTION", "relations", "160")),
            Map.entry(ClaimType.PHONE_CALL, new Coding("CONSULT", "phone", "041")),
            Map.entry(ClaimType.VISIT, new Coding("CONSULT", "visit", "042")),
            Map.entry(ClaimType.MEETING, new Coding("CONSULT", "meet", "040")),
            Map.entry(ClaimType.ATTENDANCE, new Coding("CONSULT", "multilateral", "040")),
            Map.entry(ClaimType.MEMBERSHIP_JOINED, new Coding("AGREE", "join", "057")),
            Map.entry(ClaimType.DENIAL, new Coding("DISAPPROVE", "deny", "110"))));
    static final Coding HOSTED_VISIT = new Coding("CONSULT", "host", "043");
    static final Coding PLANNED_MEETING = new Coding("AGREE", "meet", "036");
    static final Coding MEDIATION = new Coding("CONSULT", "third-party", "045");
    static final Coding NEGOTIATION = new Coding("CONSULT", "meet", "046");
    static final Coding MULTILATERAL_MEETING = new Coding("CONSULT", "multilateral", "040");

    /**
     * What a claim's coding depends on besides its type and modality: told from the host's side, a third party
     * mediating or brokering, talks called negotiations, and how many states take part.
     */
    public record Variant(boolean hostSide, boolean mediated, boolean negotiation, int states) {
        public static final Variant PLAIN = new Variant(false, false, false, 2);
    }

    private CodingTable() {
    }

    /** The coding of a claim. */
    public static Coding code(ClaimType type, Modality modality, boolean hostSide) {
        return code(type, modality, new Variant(hostSide, false, false, 2));
    }

    /**
     * The coding of a claim. An announced contact (a PLANNED call, visit, meeting or attendance) is PLOVER's AGREE
     * with the contact's mode and CAMEO 036 (express intent to meet), as PLOVER's coders code "will visit"; a
     * mediated meeting is CONSULT / third-party (CAMEO 045), negotiations CAMEO 046, a meeting of three or more
     * states CONSULT / multilateral.
     */
    public static Coding code(ClaimType type, Modality modality, Variant v) {
        Coding base = type == ClaimType.VISIT && v.hostSide() ? HOSTED_VISIT : TABLE.get(type);
        if (type == ClaimType.MEETING) {
            base = v.mediated() ? MEDIATION : v.states() >= 3 ? MULTILATERAL_MEETING : v.negotiation() ? NEGOTIATION
                    : base;
        }
        boolean contact = type == ClaimType.PHONE_CALL || type == ClaimType.VISIT || type == ClaimType.MEETING
                || type == ClaimType.ATTENDANCE;
        if (contact && modality == Modality.PLANNED) {
            return type == ClaimType.MEETING && !v.mediated() ? PLANNED_MEETING
                    : new Coding("AGREE", base.mode(), "036");
        }
        return base;
    }
}
