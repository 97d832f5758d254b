package dev.chancery.query.read;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.query.projection.ActorKeys;
import dev.chancery.query.projection.ActorNames;
import dev.chancery.query.projection.DateWindow;
import dev.chancery.query.projection.EventVersions.Snapshot;
import dev.chancery.query.projection.Provenance;
import dev.chancery.query.projection.Views.ContactView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Calls, visits and meetings between an actor and (optionally) a counterpart, as of a transaction time. */
@ApplicationScoped
public class ContactQuery {
    public static final List<String> CONTACT_TYPES =
            List.of(ClaimType.PHONE_CALL.name(), ClaimType.VISIT.name(), ClaimType.MEETING.name());

    private final EventVersionRepository events;
    private final EventClaims claims;
    private final SourceLookup sources;
    private final ReferenceData reference;

    public ContactQuery(EventVersionRepository events, EventClaims claims, SourceLookup sources,
            ReferenceData reference) {
        this.events = events;
        this.claims = claims;
        this.sources = sources;
        this.reference = reference;
    }

    public Uni<List<ContactView>> find(String actor, String counterpart, Collection<String> types, LocalDate from,
            LocalDate to, Instant asOf) {
        return Panache.withSession(() -> events.currentInvolving(ActorKeys.pattern(actor), types, asOf)
                .chain(rows -> claims.snapshots(rows).chain(all -> {
                    List<EventVersionRow> kept = new ArrayList<>();
                    List<Snapshot> snapshots = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        EventVersionRow row = rows.get(i);
                        Snapshot s = all.get(i);
                        if (ActorKeys.between(s.event().actors(), actor, counterpart)
                                && DateWindow.overlaps(s.event().date(), from, to)) {
                            kept.add(row);
                            snapshots.add(s);
                        }
                    }
                    List<String> claimIds = snapshots.stream()
                            .flatMap(s -> Provenance.claimIds(s.judgement()).stream()).distinct().toList();
                    return sources.load(claimIds, asOf).map(known -> {
                        List<ContactView> out = new ArrayList<>();
                        for (int i = 0; i < kept.size(); i++) {
                            EventVersionRow row = kept.get(i);
                            Snapshot s = snapshots.get(i);
                            out.add(new ContactView(row.eventId, row.eventType, s.event().date(), row.gathering,
                                    ActorNames.views(s.event().actors(), reference), row.verdict, row.recordedFrom,
                                    known.sources(s.judgement())));
                        }
                        return out;
                    });
                })));
    }
}
