package dev.chancery.query.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.query.projection.ArticleVersion;
import dev.chancery.query.projection.ChangeFeed;
import dev.chancery.query.projection.ClaimVersion;
import dev.chancery.query.projection.EventVersion;
import dev.chancery.query.projection.ExtractionVersion;
import dev.chancery.query.projection.ClaimStances;
import dev.chancery.query.projection.EventVersions;
import dev.chancery.query.projection.FactRows;
import dev.chancery.query.projection.ProjectionName;
import dev.chancery.query.projection.TransactionTimeline;
import dev.chancery.query.projection.Versioned;
import dev.chancery.query.read.ArticleRow;
import dev.chancery.query.projection.ClaimChange;
import dev.chancery.query.read.ClaimRow;
import dev.chancery.query.read.EventVersionRow;
import dev.chancery.query.read.ExtractionRow;
import dev.chancery.query.read.VersionedRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference the batched writer must agree with: the one-fact-per-transaction Hibernate Reactive path it
 * replaced (processed_facts insert, SELECT of the key's versions, placement, persist), writing into a scratch
 * generation. The stream changes it would have logged are returned instead of written, since the change log
 * keeps one change per kind and fact.
 */
final class OneFactAtATime {
    private OneFactAtATime() {
    }

    /** Applies the facts in order, each in its own transaction; yields the changes as {@link ProjectionRows#changes}. */
    static List<String> apply(List<FactEnvelope<FactPayload>> facts, int generation) throws Throwable {
        List<String> changes = new ArrayList<>();
        for (FactEnvelope<FactPayload> fact : facts) {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> firstTime(fact, generation)
                    .chain(first -> first ? applyOne(fact, generation, changes) : Uni.createFrom().voidItem())));
        }
        changes.sort(Comparator.comparing(c -> c.substring(0, c.indexOf(" | "))));
        return changes;
    }

    /** Deletes what {@link #apply} wrote. */
    static void forget(int generation) {
        ProjectionRows.TABLES.keySet().forEach(t -> Db.update("DELETE FROM query." + t + " WHERE generation = ?",
                generation));
        Db.update("DELETE FROM query.processed_facts WHERE generation = ?", generation);
    }

    private static Uni<Boolean> firstTime(FactEnvelope<FactPayload> fact, int generation) {
        return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO query.processed_facts"
                        + " (projection, generation, fact_id) VALUES (:p, :g, :f) ON CONFLICT DO NOTHING")
                .setParameter("p", ProjectionName.of(fact.type()).id()).setParameter("g", generation)
                .setParameter("f", fact.factId()).executeUpdate()).map(n -> n == 1);
    }

    private static Uni<Void> applyOne(FactEnvelope<FactPayload> fact, int generation, List<String> changes) {
        return switch (fact.type()) {
            case ARTICLE_INGESTED -> {
                ArticleRow row = stamped(new ArticleRow(), fact, generation);
                ArticleVersion v = FactRows.article(fact.payload());
                row.articleId = v.articleId();
                row.outlet = v.outlet();
                row.outletKind = v.outletKind();
                row.url = v.url();
                row.title = v.title();
                row.publishedAt = v.publishedAt();
                yield insert(ArticleRow.list("generation = ?1 and articleId = ?2", generation, row.articleId), row)
                        .replaceWithVoid();
            }
            case CLAIM_EXTRACTED -> {
                ClaimRow row = stamped(new ClaimRow(), fact, generation);
                ClaimVersion v = FactRows.claim(fact.payload());
                row.claimId = v.claimId();
                row.articleId = v.articleId();
                row.extractorVersion = v.extractorVersion();
                row.type = v.type();
                row.gathering = v.gathering();
                row.actorKeys = v.actorKeys();
                row.sentence = v.sentence();
                row.payload = v.payload();
                yield insert(ClaimRow.list("generation = ?1 and claimId = ?2", generation, row.claimId), row)
                        .replaceWithVoid();
            }
            case ARTICLE_EXTRACTED -> {
                ExtractionRow row = stamped(new ExtractionRow(), fact, generation);
                ExtractionVersion v = FactRows.extraction(fact.payload());
                row.articleId = v.articleId();
                row.extractorVersion = v.extractorVersion();
                row.claimCount = v.claimCount();
                row.supersedes = v.supersedes();
                yield insert(ExtractionRow.list("generation = ?1 and articleId = ?2 and extractorVersion = ?3",
                        generation, row.articleId, row.extractorVersion), row).replaceWithVoid();
            }
            case EVENT_VERIFIED, VERDICT_REVISED -> {
                EventVersionRow row = event(fact, generation);
                yield insert(EventVersionRow.list("generation = ?1 and eventId = ?2", generation, row.eventId), row)
                        .invoke(previous -> {
                            if (row.recordedTo == null) {
                                ChangeFeed.between(previous == null ? null : ((EventVersionRow) previous).version(),
                                        row.version(), row.recordedFrom).forEach(c -> changes.add(
                                        "event_id=" + row.eventId + " | kind=" + c.kind() + " | fact_id="
                                                + row.factId + " | data=" + json(c.data()) + " | "));
                            }
                        }).chain(() -> claimChanges(fact, generation));
            }
        };
    }

    private static EventVersionRow event(FactEnvelope<FactPayload> fact, int generation) {
        EventVersionRow row = stamped(new EventVersionRow(), fact, generation);
        EventVersion v = EventVersions.version(fact);
        row.eventId = v.eventId();
        row.revision = v.revision();
        row.factType = v.factType();
        row.eventType = v.eventType();
        row.gathering = v.gathering();
        row.dateStart = v.dateStart();
        row.dateEnd = v.dateEnd();
        row.actorKeys = v.actorKeys();
        row.verdict = v.verdict();
        row.invitationState = v.invitationState();
        row.stateVerdict = v.stateVerdict();
        row.payload = v.payload();
        row.articleId = v.articleId();
        return row;
    }

    private static <V extends VersionedRow> V stamped(V row, FactEnvelope<FactPayload> fact, int generation) {
        row.generation = generation;
        row.factId = fact.factId();
        row.recordedFrom = fact.recordedAt();
        return row;
    }

    /** The fact's claim changes, one INSERT each. */
    private static Uni<Void> claimChanges(FactEnvelope<FactPayload> fact, int generation) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (ClaimChange change : ClaimStances.of(fact.payload())) {
            done = done.chain(() -> Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO"
                            + " query.event_claim_changes (generation, event_id, claim_id, revision, stance)"
                            + " VALUES (:g, :e, :c, :r, CAST(:s AS text)) ON CONFLICT DO NOTHING")
                    .setParameter("g", generation).setParameter("e", change.eventId())
                    .setParameter("c", change.claimId()).setParameter("r", change.revision())
                    .setParameter("s", change.stance()).executeUpdate()).replaceWithVoid());
        }
        return done;
    }

    private static String json(Object value) {
        try {
            return ChanceryJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts {@code row} into its key's timeline; yields the version it closed, if any. */
    private static <V extends VersionedRow> Uni<VersionedRow> insert(Uni<List<V>> versions, V row) {
        return versions.chain(existing -> {
            TransactionTimeline.Placement<Placing> placement = TransactionTimeline.place(
                    existing.stream().map(Placing::new).toList(), row.recordedFrom);
            Instant to = TransactionTimeline.apply(placement, row.recordedFrom);
            if (to != null) {
                row.recordedTo = to;
            }
            return row.persist().replaceWith(placement.toClose() == null ? null : placement.toClose().row());
        });
    }

    /** A managed entity as the timeline places it: closing it sets its recorded_to, which the flush writes. */
    private record Placing(VersionedRow row) implements Versioned {
        @Override
        public Instant recordedFrom() {
            return row.recordedFrom;
        }

        @Override
        public Instant recordedTo() {
            return row.recordedTo;
        }

        @Override
        public void closeAt(Instant instant) {
            row.recordedTo = instant;
        }
    }
}
