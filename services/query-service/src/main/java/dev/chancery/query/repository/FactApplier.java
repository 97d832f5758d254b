package dev.chancery.query.repository;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.query.projection.ChangeFeed;
import dev.chancery.query.projection.EventVersions;
import dev.chancery.query.projection.FactRows;
import dev.chancery.query.projection.TransactionTimeline;
import dev.chancery.query.projection.Versioned;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Writes one fact into one generation as a new transaction-time version: the version current at the fact's
 * recordedAt is closed there and the new one inserted (see {@link TransactionTimeline}). A new current event
 * version also appends its verdict and invitation changes to the stream when asked to.
 */
@ApplicationScoped
public class FactApplier {
    private final ArticleRepository articles;
    private final ClaimRepository claims;
    private final ExtractionRepository extractions;
    private final EventVersionRepository events;
    private final ChangeRepository changes;

    public FactApplier(ArticleRepository articles, ClaimRepository claims, ExtractionRepository extractions,
            EventVersionRepository events, ChangeRepository changes) {
        this.articles = articles;
        this.claims = claims;
        this.extractions = extractions;
        this.events = events;
        this.changes = changes;
    }

    public Uni<Void> apply(FactEnvelope<FactPayload> fact, int generation, boolean stream) {
        return switch (fact.type()) {
            case ARTICLE_INGESTED -> {
                var row = FactRows.article(fact, generation);
                yield insert(articles, articles.versions(generation, row.articleId), row).replaceWithVoid();
            }
            case CLAIM_EXTRACTED -> {
                var row = FactRows.claim(fact, generation);
                yield insert(claims, claims.versions(generation, row.claimId), row).replaceWithVoid();
            }
            case ARTICLE_EXTRACTED -> {
                var row = FactRows.extraction(fact, generation);
                yield insert(extractions, extractions.versions(generation, row.articleId, row.extractorVersion), row)
                        .replaceWithVoid();
            }
            case EVENT_VERIFIED, VERDICT_REVISED -> {
                var row = EventVersions.row(fact, generation);
                yield insert(events, events.versions(generation, row.eventId), row)
                        .chain(previous -> stream && row.recordedTo == null ? emit(previous, row)
                                : Uni.createFrom().voidItem());
            }
        };
    }

    /** Inserts {@code row} into its key's timeline; yields the version it closed, if any. */
    private static <V extends Versioned> Uni<V> insert(PanacheRepositoryBase<V, Long> repository,
            Uni<List<V>> versions, V row) {
        return versions.chain(existing -> {
            TransactionTimeline.Placement<V> placement = TransactionTimeline.place(existing, row.recordedFrom());
            Instant to = TransactionTimeline.apply(placement, row.recordedFrom());
            if (to != null) {
                row.closeAt(to);
            }
            return repository.persist(row).replaceWith(placement.toClose());
        });
    }

    private Uni<Void> emit(EventVersionRow previous, EventVersionRow next) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (ChangeFeed.Change change : ChangeFeed.between(previous, next)) {
            chain = chain.chain(() -> changes.append(change.kind(), next.eventId, next.factId,
                    JsonText.of(change.data()), ChangeFeed.recordedAt(next)));
        }
        return chain.replaceWithVoid();
    }
}
