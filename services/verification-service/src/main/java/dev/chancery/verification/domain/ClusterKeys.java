package dev.chancery.verification.domain;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Computes the cluster keys of a claim. Most claims have one key; an invitation of several invitees has one per
 * invitee; a claim with an unresolved participant, a contact with fewer than two participants, or a DENIAL without
 * a denied type has none (it cannot cluster).
 */
public final class ClusterKeys {
    private ClusterKeys() {
    }

    public static List<ClusterKey> of(ClaimExtracted claim) {
        ClaimType subject = claim.type() == ClaimType.DENIAL ? claim.deniedType() : claim.type();
        if (subject == null || subject == ClaimType.DENIAL || claim.actors() == null) {
            return List.of();
        }
        return subject.isInvitationFamily() ? invitationKeys(claim) : eventKey(claim, subject);
    }

    private static List<ClusterKey> eventKey(ClaimExtracted claim, ClaimType subject) {
        TreeSet<String> participants = new TreeSet<>();
        for (ActorRef actor : claim.actors()) {
            String id = ActorIdentity.of(actor);
            if (id == null) {
                return List.of();
            }
            participants.add(id);
        }
        int needed = subject.isContact() ? 2 : 1;
        return participants.size() < needed ? List.of()
                : List.of(new ClusterKey(subject, new ArrayList<>(participants), claim.gathering()));
    }

    private static List<ClusterKey> invitationKeys(ClaimExtracted claim) {
        List<ActorRef> invitees = withRole(claim, ActorRole.INVITEE);
        if (invitees.isEmpty() && claim.type() == ClaimType.DENIAL) {
            List<ActorRef> named = withRole(claim, ActorRole.PARTICIPANT);
            invitees = named.size() == 1 ? named : List.of();
        }
        String gathering = claim.gathering() != null ? claim.gathering() : invitedBy(claim);
        if (gathering == null) {
            return List.of();
        }
        TreeSet<String> ids = new TreeSet<>();
        invitees.stream().map(ActorIdentity::of).filter(Objects::nonNull).forEach(ids::add);
        return ids.stream().map(id -> new ClusterKey(ClaimType.INVITATION, List.of(id), gathering)).toList();
    }

    /** An invitation to no named gathering (a visit) is told apart by its inviters; without one it cannot cluster. */
    private static String invitedBy(ClaimExtracted claim) {
        TreeSet<String> inviters = new TreeSet<>();
        for (ActorRef actor : withRole(claim, ActorRole.INVITER)) {
            String id = ActorIdentity.of(actor);
            if (id != null) {
                inviters.add(id);
            }
        }
        return inviters.isEmpty() ? null : "invited-by:" + String.join(",", inviters);
    }

    private static List<ActorRef> withRole(ClaimExtracted claim, ActorRole role) {
        return claim.actors().stream().filter(a -> a.role() == role).toList();
    }
}
