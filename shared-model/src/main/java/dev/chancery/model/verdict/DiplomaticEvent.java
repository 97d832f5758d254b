package dev.chancery.model.verdict;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimType;

import java.util.List;

/**
 * What a diplomatic event is about: the cluster's identity, shared by EventVerified and VerdictRevised.
 *
 * @param type      the event's type: INVITATION for the whole invitation family, else the claim type
 * @param actors    participants with roles (no mentions: canonical ids)
 * @param gathering gathering id or null
 * @param date      the narrowest date the claims agree on
 */
public record DiplomaticEvent(ClaimType type, List<ActorRef> actors, String gathering, ClaimDate date) {
}
