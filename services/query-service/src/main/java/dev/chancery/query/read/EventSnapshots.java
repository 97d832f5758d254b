package dev.chancery.query.read;

import dev.chancery.query.projection.ActorKeys;
import dev.chancery.query.projection.EventVersions.Snapshot;
import dev.chancery.query.projection.Provenance;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Event versions with what each says (its snapshot) and the sources behind them as of a transaction time: the
 * current events of some types involving an actor (by id or country), or given versions; a caller keeps those it
 * wants by their snapshot. Inside the caller's Hibernate session.
 */
@ApplicationScoped
public class EventSnapshots {
    private final EventVersionRepository events;
    private final EventClaims claims;
    private final SourceLookup sources;

    public EventSnapshots(EventVersionRepository events, EventClaims claims, SourceLookup sources) {
        this.events = events;
        this.claims = claims;
        this.sources = sources;
    }

    /** One kept event: its version and what that version says. */
    public record Kept(EventVersionRow row, Snapshot snapshot) {
    }

    /** The kept events in the order of the versions given (for {@link #involving}: valid time, then event id). */
    public record Found(List<Kept> events, SourceLookup.Known known) {
    }

    /** The current versions of the given types involving the actor, with their snapshots and sources. */
    public Uni<Found> involving(String actor, Collection<String> types, Instant asOf, Predicate<Snapshot> keep) {
        return events.currentInvolving(ActorKeys.pattern(actor), types, asOf).chain(rows -> of(rows, asOf, keep));
    }

    /** The snapshots of the given versions (one statement) and the sources of those kept (two more). */
    public Uni<Found> of(List<EventVersionRow> rows, Instant asOf, Predicate<Snapshot> keep) {
        return claims.snapshots(rows).chain(snapshots -> {
            List<Kept> kept = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (keep.test(snapshots.get(i))) {
                    kept.add(new Kept(rows.get(i), snapshots.get(i)));
                }
            }
            List<String> claimIds = kept.stream()
                    .flatMap(e -> Provenance.claimIds(e.snapshot().judgement()).stream()).distinct().toList();
            return sources.load(claimIds, asOf).map(known -> new Found(kept, known));
        });
    }
}
