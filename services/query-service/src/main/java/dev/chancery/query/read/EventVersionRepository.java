package dev.chancery.query.read;


import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Versions of diplomatic events; reads use the active generation and the asOf transaction time. */
@ApplicationScoped
public class EventVersionRepository implements PanacheRepositoryBase<EventVersionRow, Long> {
    private static final String ACTIVE =
            "generation = (select s.activeGeneration from ProjectionStateRow s where s.name = 'events')";
    // A version without a verdict (every claim left the event) is history, not a current answer.
    private static final String CURRENT = " and recordedFrom <= :asOf and (recordedTo is null or recordedTo > :asOf)"
            + " and verdict is not null";

    public Uni<List<EventVersionRow>> currentAtGathering(String gathering, String eventType, Instant asOf) {
        return list(ACTIVE + " and gathering = :g and eventType = :t" + CURRENT,
                Parameters.with("g", gathering).and("t", eventType).and("asOf", asOf));
    }

    /** Current versions of the given types involving an actor key (id or country). */
    public Uni<List<EventVersionRow>> currentInvolving(String actorPattern, Collection<String> types, Instant asOf) {
        return list(ACTIVE + " and actorKeys like :k and eventType in :t" + CURRENT + " order by dateStart, eventId",
                Parameters.with("k", actorPattern).and("t", types).and("asOf", asOf));
    }

    /** Every version recorded by {@code asOf} of the given events, oldest first. */
    public Uni<List<EventVersionRow>> history(Collection<String> eventIds, Instant asOf) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(ACTIVE + " and eventId in :e and recordedFrom <= :asOf order by eventId, recordedFrom, revision",
                Parameters.with("e", eventIds).and("asOf", asOf));
    }
}
