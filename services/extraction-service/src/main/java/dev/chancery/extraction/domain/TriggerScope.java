package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.chancery.model.claim.ClaimType.*;

/**
 * Decides which triggers head a claim. A response, withdrawal, exclusion or denial governs the events to its
 * right ("refused to join", "denied that they had met"); an invitation governs its complement ("invited Trump
 * to visit"); a visit governs "for talks". One claim per type per sentence; triggers in questions and
 * conditions ("whether he would visit", "if invited") head nothing.
 */
public final class TriggerScope {
    private static final Set<ClaimType> GOVERNING = EnumSet.of(INVITATION_ACCEPTED, INVITATION_DECLINED,
            INVITATION_CONSIDERED, INVITATION_WITHDRAWN, EXCLUSION, DENIAL);
    private static final Set<ClaimType> COMPLEMENTS = EnumSet.of(INVITATION, VISIT, ATTENDANCE, MEMBERSHIP_JOINED,
            MEETING, PHONE_CALL);
    private static final Set<String> CONDITIONS = Set.of("whether", "if", "unless");

    private TriggerScope() {
    }

    /** The heads, and (for denials) the governed triggers stay available through {@link #governed}. */
    public static List<Trigger> heads(Sentence s, List<Trigger> all) {
        List<Trigger> out = new ArrayList<>();
        EnumSet<ClaimType> seen = EnumSet.noneOf(ClaimType.class);
        for (Trigger t : all) {
            if (conditional(s, t.index()) || governedBy(all, t) != null
                    || (seen.contains(t.type()) && !ContactParties.sequel(s, t.index()))) {
                continue;
            }
            seen.add(t.type());
            out.add(t);
        }
        return out;
    }

    /** The trigger that governs t, or null. */
    public static Trigger governedBy(List<Trigger> all, Trigger t) {
        for (Trigger g : all) {
            if (g == t) {
                continue;
            }
            boolean right = t.index() > g.index();
            if (GOVERNING.contains(g.type()) && COMPLEMENTS.contains(t.type())
                    && (right || (g.type() == INVITATION_WITHDRAWN && g.index() - t.index() <= 6))) {
                return g;
            }
            if (g.type() == INVITATION && right && COMPLEMENTS.contains(t.type()) && t.type() != PHONE_CALL) {
                return g;
            }
            if (g.type() == VISIT && right && (t.type() == MEETING || t.type() == VISIT) && t.nominal()
                    && t.index() - g.index() <= 6) {
                return g;
            }
            if (g.type() == ATTENDANCE && right && t.type() == MEETING && t.nominal() && t.index() - g.index() <= 7) {
                // "will attend the Board of Peace meeting": the meeting is what is attended
                return g;
            }
        }
        return null;
    }

    /** The first event trigger a denial governs, or null. */
    public static ClaimType governed(List<Trigger> all, Trigger denial) {
        for (Trigger t : all) {
            if (t != denial && governedBy(all, t) == denial) {
                return t.type();
            }
        }
        return null;
    }

    /**
     * "whether he would visit", "if invited"; and a "would" or "could" under an "if" or "unless" clause anywhere in
     * the sentence ("If a deal is ready, Trump would host them", "would be willing to meet if ...").
     */
    private static boolean conditional(Sentence s, int i) {
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (CONDITIONS.contains(s.token(j).lower())) {
                return true;
            }
        }
        boolean modal = false;
        for (int j = Math.max(0, i - 5); j < i; j++) {
            modal |= s.token(j).is("would") || s.token(j).is("could");
        }
        return modal && (s.indexOf(0, "if") >= 0 || s.indexOf(0, "unless") >= 0);
    }
}
