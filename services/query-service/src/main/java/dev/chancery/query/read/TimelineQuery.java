package dev.chancery.query.read;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.query.projection.ActorKeys;
import dev.chancery.query.projection.ActorNames;
import dev.chancery.query.projection.EventVersions.Snapshot;
import dev.chancery.query.projection.Views.TimelineEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every event involving an actor (by id or country), in valid-time order, as of a transaction time. */
@ApplicationScoped
public class TimelineQuery {
    private static final List<String> ALL_TYPES = Arrays.stream(ClaimType.values()).map(Enum::name).toList();

    private final EventSnapshots snapshots;
    private final ReferenceData reference;

    public TimelineQuery(EventSnapshots snapshots, ReferenceData reference) {
        this.snapshots = snapshots;
        this.reference = reference;
    }

    /** The timeline; empty for an actor the reference data does not know and no event names. */
    public Uni<Optional<List<TimelineEntry>>> of(String actor, Instant asOf) {
        return Panache.withSession(() -> snapshots.involving(actor, ALL_TYPES, asOf,
                s -> ActorKeys.between(s.event().actors(), actor, null)).map(found -> {
                    List<TimelineEntry> out = new ArrayList<>();
                    for (EventSnapshots.Kept e : found.events()) {
                        EventVersionRow row = e.row();
                        Snapshot s = e.snapshot();
                        out.add(new TimelineEntry(s.eventId(), row.eventType, s.event().date(), row.gathering,
                                ActorNames.views(s.event().actors(), reference), row.verdict, row.invitationState,
                                row.recordedFrom, found.known().sources(s.judgement())));
                    }
                    out.sort(Comparator.comparing(TimelineQuery::validTime,
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TimelineEntry::eventId));
                    return out.isEmpty() && !ActorNames.known(actor, reference) ? Optional.empty() : Optional.of(out);
                }));
    }

    private static LocalDate validTime(TimelineEntry e) {
        return e.date() == null ? null : e.date().start();
    }
}
