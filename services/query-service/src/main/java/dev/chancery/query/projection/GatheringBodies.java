package dev.chancery.query.projection;

import dev.chancery.model.reference.Gathering;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The membership body a gathering belongs to, for display only: a meeting or summit of a body (its
 * {@code organisation}) links to the body's MEMBERSHIP gathering. An invitation to the body and one to its meeting
 * stay two invitations; nothing is inferred from one to the other (docs/verification.md).
 */
public final class GatheringBodies {
    static final String MEMBERSHIP = "MEMBERSHIP";
    private final Map<String, Gathering> byId = new TreeMap<>();
    private final Map<String, String> membershipByOrganisation = new TreeMap<>();

    public GatheringBodies(Collection<Gathering> gatherings) {
        // sorted by id so that a body listed twice always links to the same gathering
        gatherings.stream().sorted(java.util.Comparator.comparing(Gathering::id)).forEach(g -> {
            byId.put(g.id(), g);
            if (MEMBERSHIP.equals(g.kind()) && g.organisation() != null) {
                membershipByOrganisation.putIfAbsent(g.organisation(), g.id());
            }
        });
    }

    /** The id of the body's membership gathering, or null for a membership, an unknown or a stand-alone gathering. */
    public String bodyOf(String gatheringId) {
        Gathering g = gatheringId == null ? null : byId.get(gatheringId);
        if (g == null || g.organisation() == null || MEMBERSHIP.equals(g.kind())) {
            return null;
        }
        return membershipByOrganisation.get(g.organisation());
    }
}
