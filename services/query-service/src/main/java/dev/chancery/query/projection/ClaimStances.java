package dev.chancery.query.projection;

import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.ClaimChanges;
import dev.chancery.model.verdict.ClaimMembership;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.VerdictRevised;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure mapping of verdict facts to the claim changes they record ({@code event_claim_changes}), and of an event's
 * latest change per claim back to the claims behind one of its versions.
 */
public final class ClaimStances {
    private ClaimStances() {
    }

    /**
     * The changes a verdict fact records, one per claim: EventVerified every claim of its judgement at revision 1,
     * VerdictRevised the claims that joined (FOR/AGAINST), left (null) or changed side (the side joined).
     */
    public static List<ClaimChange> of(FactPayload payload) {
        Map<String, String> stances = new LinkedHashMap<>();
        String eventId;
        int revision;
        if (payload instanceof EventVerified v) {
            Judgement j = v.judgement();
            eventId = v.eventId();
            revision = 1;
            join(stances, j.claimsAgainst(), Provenance.AGAINST);
            join(stances, j.claimsFor(), Provenance.FOR);
        } else if (payload instanceof VerdictRevised r) {
            ClaimChanges c = r.claims();
            eventId = r.eventId();
            revision = r.revision();
            join(stances, c.forRemoved(), null);
            join(stances, c.againstRemoved(), null);
            join(stances, c.againstAdded(), Provenance.AGAINST);
            join(stances, c.forAdded(), Provenance.FOR);
        } else {
            throw new IllegalArgumentException("not a verdict fact: " + payload.getClass().getSimpleName());
        }
        List<ClaimChange> out = new ArrayList<>(stances.size());
        stances.forEach((claim, stance) -> out.add(new ClaimChange(eventId, claim, revision, stance)));
        return out;
    }

    /** The claims behind a version, from each claim's latest change at or before its revision. */
    public static ClaimMembership membership(Collection<ClaimChange> latest) {
        List<String> claimsFor = new ArrayList<>();
        List<String> claimsAgainst = new ArrayList<>();
        for (ClaimChange row : latest) {
            if (Provenance.FOR.equals(row.stance())) {
                claimsFor.add(row.claimId());
            } else if (Provenance.AGAINST.equals(row.stance())) {
                claimsAgainst.add(row.claimId());
            }
        }
        return new ClaimMembership(claimsFor, claimsAgainst);
    }

    /** Later calls win: a claim removed from one side and added to the other ends on the side it joined. */
    private static void join(Map<String, String> stances, List<String> claims, String stance) {
        for (String claim : claims == null ? List.<String>of() : claims) {
            stances.put(claim, stance);
        }
    }
}
