package dev.chancery.query.read;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.query.projection.ActorKeys;
import dev.chancery.query.projection.ActorNames;
import dev.chancery.query.projection.DateWindow;
import dev.chancery.query.projection.EventVersions.Snapshot;
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

    private final EventSnapshots snapshots;
    private final ReferenceData reference;

    public ContactQuery(EventSnapshots snapshots, ReferenceData reference) {
        this.snapshots = snapshots;
        this.reference = reference;
    }

    public Uni<List<ContactView>> find(String actor, String counterpart, Collection<String> types, LocalDate from,
            LocalDate to, Instant asOf) {
        return Panache.withSession(() -> snapshots.involving(actor, types, asOf,
                s -> ActorKeys.between(s.event().actors(), actor, counterpart)
                        && DateWindow.overlaps(s.event().date(), from, to)).map(found -> {
                    List<ContactView> out = new ArrayList<>();
                    for (EventSnapshots.Kept e : found.events()) {
                        EventVersionRow row = e.row();
                        Snapshot s = e.snapshot();
                        out.add(new ContactView(row.eventId, row.eventType, s.event().date(), row.gathering,
                                ActorNames.views(s.event().actors(), reference), row.verdict, row.recordedFrom,
                                found.known().sources(s.judgement())));
                    }
                    return out;
                }));
    }
}
