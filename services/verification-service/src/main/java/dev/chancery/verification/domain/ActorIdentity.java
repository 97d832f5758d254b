package dev.chancery.verification.domain;

import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.Attribution;

/**
 * The identity under which an actor or a speaker takes part in an event: a state's ISO code (also for its people,
 * so "Tokayev" and "Kazakhstan" cluster), an organisation's slug. Unresolved mentions have none.
 */
final class ActorIdentity {
    private ActorIdentity() {
    }

    /** The actor's identity, or null when it is unresolved. */
    static String of(ActorRef actor) {
        if (actor == null || actor.kind() == ActorKind.UNRESOLVED) {
            return null;
        }
        if (actor.kind() == ActorKind.ORGANISATION) {
            return blankToNull(actor.id());
        }
        String country = blankToNull(actor.country());
        return country != null ? country : blankToNull(actor.id());
    }

    /** The speaker's identity: the state it speaks for, else its own id; null when unknown. */
    static String ofSpeaker(Attribution attribution) {
        if (attribution == null) {
            return null;
        }
        String country = blankToNull(attribution.country());
        return country != null ? country : blankToNull(attribution.speakerId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
