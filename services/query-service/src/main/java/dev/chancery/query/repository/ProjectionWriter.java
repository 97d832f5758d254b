package dev.chancery.query.repository;

import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.query.projection.Generations;
import dev.chancery.query.projection.ProjectionName;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Applies one fact to a projection in one Hibernate Reactive transaction: per target generation, the fact id
 * goes into processed_facts and, the first time only, the projection changes (see {@link FactApplier}).
 */
@ApplicationScoped
public class ProjectionWriter {
    private final ProjectionStateRepository states;
    private final ProcessedFactRepository processed;
    private final FactApplier applier;

    public ProjectionWriter(ProjectionStateRepository states, ProcessedFactRepository processed, FactApplier applier) {
        this.states = states;
        this.processed = processed;
        this.applier = applier;
    }

    /** Live consumption: the active generation (which feeds the stream) and a running rebuild's generation. */
    public Uni<Integer> applyLive(FactEnvelope<FactPayload> fact) {
        ProjectionName projection = ProjectionName.of(fact.type());
        return Panache.withTransaction(() -> states.of(projection).chain(state -> apply(projection, fact,
                Generations.targets(state.activeGeneration, state.buildingGeneration, true),
                state.activeGeneration)));
    }

    /** Rebuild: only the generation being built; no stream changes. */
    public Uni<Integer> applyTo(FactEnvelope<FactPayload> fact, int generation) {
        ProjectionName projection = ProjectionName.of(fact.type());
        return Panache.withTransaction(() -> apply(projection, fact, List.of(generation), -1));
    }

    /** How many generations changed (0 for a fact already processed everywhere). */
    private Uni<Integer> apply(ProjectionName projection, FactEnvelope<FactPayload> fact, List<Integer> generations,
            int streamed) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (int generation : generations) {
            chain = chain.chain(count -> processed.firstTime(projection.id(), generation, fact.factId())
                    .chain(first -> first
                            ? applier.apply(fact, generation, generation == streamed).replaceWith(count + 1)
                            : Uni.createFrom().item(count)));
        }
        return chain;
    }
}
