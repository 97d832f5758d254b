package dev.chancery.query.ask;

import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.ReferenceData;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In an invitation question that names no gathering, reads a state after "to" or "visit" as a visit to
 * that state ("has Trump been invited to Kazakhstan?" asks about {@code gathering:visit-kaz}).
 */
final class VisitGathering {
    private static final Set<String> DESTINATION = Set.of("to", "visit");

    private VisitGathering() {
    }

    static Reading read(Reading r, ReferenceData data) {
        for (ActorMention a : r.actors()) {
            boolean destination = DESTINATION.contains(InvitationRoles.before(a.span(), r.words()));
            Optional<Gathering> visit = destination && !a.ambiguous()
                    ? data.gathering(Gathering.visitId(a.actor().id())) : Optional.empty();
            if (visit.isPresent()) {
                List<ActorMention> rest = new ArrayList<>(r.actors());
                rest.remove(a);
                BitSet used = a.span().markedIn(r.gathering().used());
                GatheringLookup g = new GatheringLookup(a.text(), List.of(visit.get()), used);
                return new Reading(r.question(), r.words(), g, List.copyOf(rest), r.period(), r.cues(),
                        r.unrecognised());
            }
        }
        return r;
    }
}
