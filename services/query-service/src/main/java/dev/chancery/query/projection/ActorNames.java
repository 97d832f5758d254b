package dev.chancery.query.projection;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.query.projection.Views.ActorView;

import java.util.List;

/** Canonical names of actors from the reference data, falling back to the name as written. */
public final class ActorNames {
    private ActorNames() {
    }

    public static ActorView view(ActorRef actor, ReferenceData reference) {
        if (actor == null) {
            return null;
        }
        String role = actor.role() == null ? null : actor.role().name();
        return new ActorView(actor.id(), name(actor.id(), reference, actor.name()), country(actor, reference), role);
    }

    public static List<ActorView> views(List<ActorRef> actors, ReferenceData reference) {
        return actors == null ? List.of() : actors.stream().map(a -> view(a, reference)).toList();
    }

    /** The canonical name of an actor id, or {@code fallback} when the id is not in the reference data. */
    public static String name(String id, ReferenceData reference, String fallback) {
        if (id == null) {
            return fallback;
        }
        if (id.startsWith("person:")) {
            return reference.person(id).map(p -> p.name()).orElse(fallback);
        }
        if (id.startsWith("org:")) {
            return reference.organisation(id).map(o -> o.name()).orElse(fallback);
        }
        return reference.country(id).map(c -> c.name()).orElse(fallback);
    }

    private static String country(ActorRef actor, ReferenceData reference) {
        if (actor.country() != null) {
            return actor.country();
        }
        if (actor.id() != null && actor.id().startsWith("person:")) {
            return reference.person(actor.id()).map(p -> p.country()).orElse(null);
        }
        return actor.id() != null && !actor.id().contains(":") ? reference.country(actor.id())
                .map(c -> c.alpha3()).orElse(null) : null;
    }

    /** True when the id is known to the reference data (a state, person or organisation). */
    public static boolean known(String id, ReferenceData reference) {
        return id.startsWith("person:") ? reference.person(id).isPresent()
                : id.startsWith("org:") ? reference.organisation(id).isPresent()
                : reference.country(id).isPresent();
    }
}
