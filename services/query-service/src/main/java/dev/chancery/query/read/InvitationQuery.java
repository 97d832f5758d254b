package dev.chancery.query.read;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.reference.ReferenceData;
import dev.chancery.query.projection.ActorKeys;
import dev.chancery.query.projection.ActorNames;
import dev.chancery.query.projection.EventVersions.Snapshot;
import dev.chancery.query.projection.GatheringBodies;
import dev.chancery.query.projection.Provenance;
import dev.chancery.query.projection.StatusHistory;
import dev.chancery.query.projection.StatusPoint;
import dev.chancery.query.projection.Views.InvitationView;
import dev.chancery.query.projection.Views.SourceView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Invitations to a gathering as of a transaction time: one row per invitee of each invitation event. The current
 * answer can be computed from the previous one ({@link #current}), reading again only the events changed since.
 */
@ApplicationScoped
public class InvitationQuery {
    private final EventVersionRepository events;
    private final EventClaims claims;
    private final StatusPoints statuses;
    private final SourceCache sources;
    private final GatheringChanges changes;
    private final ReferenceData reference;
    private final GatheringBodies bodies;

    public InvitationQuery(EventVersionRepository events, EventClaims claims, StatusPoints statuses,
            SourceCache sources, GatheringChanges changes, ReferenceData reference) {
        this.events = events;
        this.claims = claims;
        this.statuses = statuses;
        this.sources = sources;
        this.changes = changes;
        this.reference = reference;
        this.bodies = new GatheringBodies(reference.gatherings());
    }

    /**
     * The rows, and whether every claim and article they rest on had arrived ({@code complete}): an incomplete
     * answer can change without a new event version, so it is never cached. {@code byVersion} holds each event's
     * rows by the row id of its current version, {@code newestRowId} the gathering's newest event_versions row id
     * read before the versions were (0 for answers as of a past time), and {@code eventsRead} how many events were
     * read rather than taken from a previous answer.
     */
    public record Answer(List<InvitationView> rows, boolean complete, Map<Long, List<InvitationView>> byVersion,
            long newestRowId, int eventsRead) {
    }

    public Uni<List<InvitationView>> at(String gathering, Instant asOf) {
        return answer(gathering, asOf).map(Answer::rows);
    }

    public Uni<Answer> answer(String gathering, Instant asOf) {
        return assembled(Panache.withSession(() -> events.currentAtGathering(gathering, ClaimType.INVITATION.name(),
                asOf).chain(current -> join(current, current, asOf, null, 0))));
    }

    /**
     * The answer as of now, taking from {@code previous} (a complete answer as of an earlier now, or null) the rows
     * of every event whose current version is the same and which has no newer version row since: a new version, a
     * version arriving late or a claim change of the event makes a new row, so only those events are read again.
     */
    public Uni<Answer> current(String gathering, Answer previous) {
        Instant now = Instant.now();
        long since = previous == null ? Long.MAX_VALUE : previous.newestRowId();
        return changes.since(gathering, since).chain(changed -> assembled(Panache.withSession(() -> events
                .currentAtGathering(gathering, ClaimType.INVITATION.name(), now).chain(current -> join(current,
                        current.stream().filter(r -> !reusable(r, previous, changed.changed())).toList(), now,
                        previous, changed.newest())))));
    }

    private static boolean reusable(EventVersionRow row, Answer previous, Set<String> changed) {
        return previous != null && previous.byVersion().containsKey(row.rowId) && !changed.contains(row.eventId);
    }

    /** Invitations (any gathering) whose inviter is the actor or stands for the country. */
    public Uni<List<InvitationView>> byInviter(String inviter, Instant asOf) {
        return assembled(Panache.withSession(() -> events.currentInvolving(ActorKeys.pattern(inviter),
                        List.of(ClaimType.INVITATION.name()), asOf).chain(current -> join(current, current, asOf,
                        null, 0))))
                .map(answer -> answer.rows().stream().filter(r -> r.inviter() != null
                        && ActorKeys.matches(new ActorRef(r.inviter().id(), null, null, null, r.inviter().country()),
                        inviter)).toList());
    }

    /**
     * What the rows are made of, read in one session: the current versions, those of them read again ({@code
     * read}) with their snapshots, status points and sources, and the answer the others are taken from.
     */
    private record Parts(List<EventVersionRow> current, List<EventVersionRow> read, List<Snapshot> snapshots,
            List<StatusPoint> history, SourceCache.Found found, Answer previous, long newestRowId) {
    }

    private Uni<Answer> assembled(Uni<Parts> parts) {
        // assembled on a worker thread once the session is closed: on the event loop, which also serves reads,
        // hundreds of rows would hold them up
        return parts.emitOn(Infrastructure.getDefaultWorkerPool()).map(this::answer);
    }

    private Uni<Parts> join(List<EventVersionRow> current, List<EventVersionRow> read, Instant asOf, Answer previous,
            long newestRowId) {
        List<String> ids = read.stream().map(r -> r.eventId).toList();
        return claims.snapshots(read).chain(snapshots -> {
            List<String> claimIds = snapshots.stream()
                    .flatMap(s -> Provenance.claimIds(s.judgement()).stream()).distinct().toList();
            return statuses.of(ids, asOf).chain(history -> sources.load(claimIds, asOf)
                    .map(found -> new Parts(current, read, snapshots, history, found, previous, newestRowId)));
        });
    }

    private Answer answer(Parts parts) {
        Map<String, List<StatusPoint>> byEvent = parts.history().stream()
                .collect(Collectors.groupingBy(StatusPoint::eventId));
        Map<Long, List<InvitationView>> byVersion = new HashMap<>();
        for (int i = 0; i < parts.read().size(); i++) {
            EventVersionRow row = parts.read().get(i);
            byVersion.put(row.rowId, rows(row, parts.snapshots().get(i), byEvent.getOrDefault(row.eventId,
                    List.of(row.statusPoint())), parts.found()));
        }
        List<InvitationView> out = new ArrayList<>();
        for (EventVersionRow row : parts.current()) {
            List<InvitationView> rows = byVersion.computeIfAbsent(row.rowId, id -> parts.previous().byVersion()
                    .get(id));
            out.addAll(rows);
        }
        out.sort(Comparator.comparing((InvitationView v) -> v.invitee().name(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(InvitationView::eventId));
        return new Answer(out, parts.found().complete(), byVersion, parts.newestRowId(), parts.read().size());
    }

    /** One row per invitee of the event at {@code row}, its current version. */
    private List<InvitationView> rows(EventVersionRow row, Snapshot s, List<StatusPoint> history,
            SourceCache.Found known) {
        List<SourceView> src = known.sources(s.judgement());
        ActorRef inviter = s.event().actors().stream().filter(a -> a.role() == ActorRole.INVITER).findFirst()
                .orElse(null);
        String verification = row.stateVerdict != null ? row.stateVerdict : row.verdict;
        Instant first = Provenance.firstPublished(src, history.stream().map(StatusPoint::recordedFrom)
                .min(Comparator.naturalOrder()).orElse(row.recordedFrom));
        Instant changed = StatusHistory.lastChangedAt(history);
        String gathering = s.event().gathering();
        String body = bodies.bodyOf(gathering);
        List<InvitationView> out = new ArrayList<>();
        for (ActorRef invitee : s.event().actors()) {
            if (invitee.role() == ActorRole.INVITEE) {
                out.add(new InvitationView(row.eventId, ActorNames.view(invitee, reference),
                        ActorNames.view(inviter, reference), row.invitationState, verification, first, changed,
                        src.size(), src, gathering, body));
            }
        }
        return out;
    }
}
