package dev.chancery.query.read;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.query.projection.ActorKeys;
import dev.chancery.query.projection.ActorNames;
import dev.chancery.query.projection.EventVersions.Snapshot;
import dev.chancery.query.projection.Provenance;
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

/** Every event involving an actor (by id or country), in valid-time order, as of a transaction time. */
@ApplicationScoped
public class TimelineQuery {
    private static final List<String> ALL_TYPES = Arrays.stream(ClaimType.values()).map(Enum::name).toList();

    private final EventVersionRepository events;
    private final EventClaims claims;
    private final SourceLookup sources;
    private final ReferenceData reference;

    public TimelineQuery(EventVersionRepository events, EventClaims claims, SourceLookup sources,
            ReferenceData reference) {
        this.events = events;
        this.claims = claims;
        this.sources = sources;
        this.reference = reference;
    }

    public Uni<List<TimelineEntry>> of(String actor, Instant asOf) {
        return Panache.withSession(() -> events.currentInvolving(ActorKeys.pattern(actor), ALL_TYPES, asOf)
                .chain(rows -> claims.snapshots(rows).chain(all -> {
                    List<Snapshot> snapshots = all.stream()
                            .filter(s -> ActorKeys.between(s.event().actors(), actor, null)).toList();
                    List<String> claimIds = snapshots.stream()
                            .flatMap(s -> Provenance.claimIds(s.judgement()).stream()).distinct().toList();
                    return sources.load(claimIds, asOf).map(known -> {
                        List<TimelineEntry> out = new ArrayList<>();
                        for (Snapshot s : snapshots) {
                            EventVersionRow row = rows.stream().filter(r -> r.eventId.equals(s.eventId()))
                                    .findFirst().orElseThrow();
                            out.add(new TimelineEntry(s.eventId(), row.eventType, s.event().date(), row.gathering,
                                    ActorNames.views(s.event().actors(), reference), row.verdict,
                                    row.invitationState, row.recordedFrom, known.sources(s.judgement())));
                        }
                        out.sort(Comparator.comparing(TimelineQuery::validTime,
                                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TimelineEntry::eventId));
                        return out;
                    });
                })));
    }

    private static LocalDate validTime(TimelineEntry e) {
        return e.date() == null ? null : e.date().start();
    }
}
