package dev.chancery.query.repository;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.query.projection.ActorKeys;
import dev.chancery.query.projection.ActorNames;
import dev.chancery.query.projection.EventVersions.Snapshot;
import dev.chancery.query.projection.Provenance;
import dev.chancery.query.projection.StatusHistory;
import dev.chancery.query.projection.Views.InvitationView;
import dev.chancery.query.projection.Views.SourceView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Invitations to a gathering as of a transaction time: one row per invitee of each invitation event. */
@ApplicationScoped
public class InvitationQuery {
    private final EventVersionRepository events;
    private final EventClaims claims;
    private final StatusPoints statuses;
    private final SourceCache sources;
    private final ReferenceData reference;

    public InvitationQuery(EventVersionRepository events, EventClaims claims, StatusPoints statuses,
            SourceCache sources, ReferenceData reference) {
        this.events = events;
        this.claims = claims;
        this.statuses = statuses;
        this.sources = sources;
        this.reference = reference;
    }

    /**
     * The rows, and whether every claim and article they rest on had arrived ({@code complete}): an incomplete
     * answer can change without a new event version, so it is never cached.
     */
    public record Answer(List<InvitationView> rows, boolean complete) {
    }

    public Uni<List<InvitationView>> at(String gathering, Instant asOf) {
        return answer(gathering, asOf).map(Answer::rows);
    }

    public Uni<Answer> answer(String gathering, Instant asOf) {
        return assembled(Panache.withSession(() -> events.currentAtGathering(gathering, ClaimType.INVITATION.name(),
                asOf).chain(current -> join(current, asOf))));
    }

    /** Invitations (any gathering) whose inviter is the actor or stands for the country. */
    public Uni<List<InvitationView>> byInviter(String inviter, Instant asOf) {
        return assembled(Panache.withSession(() -> events.currentInvolving(ActorKeys.pattern(inviter),
                        List.of(ClaimType.INVITATION.name()), asOf).chain(current -> join(current, asOf))))
                .map(answer -> answer.rows().stream().filter(r -> r.inviter() != null
                        && ActorKeys.matches(new ActorRef(r.inviter().id(), null, null, null, r.inviter().country()),
                        inviter)).toList());
    }

    /** What the rows are made of, read in one session. */
    private record Parts(List<EventVersionRow> current, List<Snapshot> snapshots, List<EventVersionRow> history,
            SourceCache.Found found) {
    }

    private Uni<Answer> assembled(Uni<Parts> read) {
        // assembled on a worker thread once the session is closed: on the event loop, which also serves reads,
        // hundreds of rows would hold them up
        return read.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(p -> new Answer(rows(p), p.found().complete()));
    }

    private Uni<Parts> join(List<EventVersionRow> current, Instant asOf) {
        List<String> ids = current.stream().map(r -> r.eventId).toList();
        return claims.snapshots(current).chain(snapshots -> {
            List<String> claimIds = snapshots.stream()
                    .flatMap(s -> Provenance.claimIds(s.judgement()).stream()).distinct().toList();
            return statuses.of(ids, asOf).chain(history -> sources.load(claimIds, asOf)
                    .map(found -> new Parts(current, snapshots, history, found)));
        });
    }

    private List<InvitationView> rows(Parts parts) {
        List<EventVersionRow> current = parts.current();
        List<Snapshot> snapshots = parts.snapshots();
        SourceCache.Found known = parts.found();
        Map<String, List<EventVersionRow>> byEvent = parts.history().stream()
                .collect(Collectors.groupingBy(v -> v.eventId));
        List<InvitationView> out = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            EventVersionRow row = current.get(i);
            Snapshot s = snapshots.get(i);
            List<SourceView> src = known.sources(s.judgement());
            ActorRef inviter = s.event().actors().stream().filter(a -> a.role() == ActorRole.INVITER).findFirst()
                    .orElse(null);
            String verification = row.stateVerdict != null ? row.stateVerdict : row.verdict;
            Instant first = Provenance.firstPublished(src, byEvent.getOrDefault(row.eventId, List.of(row)).stream()
                    .map(v -> v.recordedFrom).min(Comparator.naturalOrder()).orElse(row.recordedFrom));
            Instant changed = StatusHistory.lastChangedAt(byEvent.getOrDefault(row.eventId, List.of(row)));
            for (ActorRef invitee : s.event().actors()) {
                if (invitee.role() == ActorRole.INVITEE) {
                    out.add(new InvitationView(row.eventId, ActorNames.view(invitee, reference),
                            ActorNames.view(inviter, reference), row.invitationState, verification, first, changed,
                            src.size(), src));
                }
            }
        }
        out.sort(Comparator.comparing((InvitationView v) -> v.invitee().name(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(InvitationView::eventId));
        return out;
    }
}
