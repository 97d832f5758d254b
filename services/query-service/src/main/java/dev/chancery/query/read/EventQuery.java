package dev.chancery.query.read;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.query.projection.ActorNames;
import dev.chancery.query.projection.EventVersions;
import dev.chancery.query.projection.EventVersions.Snapshot;
import dev.chancery.query.projection.Views.ClaimView;
import dev.chancery.query.projection.Views.EventView;
import dev.chancery.query.projection.Views.SourceView;
import dev.chancery.query.projection.Views.VerdictVersionView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One diplomatic event as of a transaction time: current judgement, its claims, and the verdict history. */
@ApplicationScoped
public class EventQuery {
    private final EventVersionRepository events;
    private final EventSnapshots snapshots;
    private final ReferenceData reference;

    public EventQuery(EventVersionRepository events, EventSnapshots snapshots, ReferenceData reference) {
        this.events = events;
        this.snapshots = snapshots;
        this.reference = reference;
    }

    public Uni<Optional<EventView>> byId(String eventId, Instant asOf) {
        return Panache.withSession(() -> events.history(List.of(eventId), asOf).chain(history -> {
            Optional<EventVersionRow> current = history.stream().filter(v -> v.currentAt(asOf)).findFirst();
            if (current.isEmpty()) {
                return Uni.createFrom().item(Optional.<EventView>empty());
            }
            return snapshots.of(List.of(current.get()), asOf, s -> true).map(found -> Optional.of(
                    view(current.get(), found.events().get(0).snapshot(), history, found.known())));
        }));
    }

    private EventView view(EventVersionRow row, Snapshot s, List<EventVersionRow> history, SourceLookup.Known known) {
        Judgement j = s.judgement();
        List<ClaimView> claims = new ArrayList<>();
        for (SourceView src : known.sources(j)) {
            ClaimExtracted c = known.claims().get(src.claimId());
            claims.add(new ClaimView(c.claimId(), c.type().name(), c.modality() == null ? null : c.modality().name(),
                    src.stance(), ActorNames.views(c.actors(), reference), c.date(), c.attribution(), src.quote(),
                    src.articleId(), src.outlet(), src.url(), src.publishedAt(),
                    known.rows().get(c.claimId()).recordedFrom));
        }
        List<VerdictVersionView> versions = history.stream().map(v -> {
            EventVersions.Stated h = EventVersions.stated(v.version());
            return new VerdictVersionView(v.revision, v.factType, v.verdict, v.invitationState, v.stateVerdict,
                    h.rationale(), h.triggerClaimId(), v.recordedFrom);
        }).toList();
        return new EventView(row.eventId, row.eventType, row.gathering, s.event().date(),
                ActorNames.views(s.event().actors(), reference), row.verdict, row.invitationState, row.stateVerdict,
                j.rationale(), claims, versions);
    }
}
