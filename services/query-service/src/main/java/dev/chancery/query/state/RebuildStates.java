package dev.chancery.query.state;


import dev.chancery.query.projection.Generations;
import dev.chancery.query.projection.ProjectionName;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/**
 * The state transitions of a rebuild in {@code projection_state}: start (allocate a fresh generation), progress,
 * the atomic switch of the active generation, failure; and clearing away retired generations.
 */
@ApplicationScoped
public class RebuildStates {
    public static final String LIVE = "LIVE";
    public static final String REBUILDING = "REBUILDING";
    public static final String FAILED = "FAILED";

    private final ProjectionStateRepository states;
    private final ProcessedFactCleanup processed;

    public RebuildStates(ProjectionStateRepository states, ProcessedFactCleanup processed) {
        this.states = states;
        this.processed = processed;
    }

    /** The generation to build, or empty when a rebuild of this projection is already running. */
    public Uni<Optional<Integer>> start(ProjectionName projection) {
        return Panache.withTransaction(() -> states.locked(projection).chain(state -> {
            if (REBUILDING.equals(state.state)) {
                return Uni.createFrom().item(Optional.<Integer>empty());
            }
            int generation = Generations.next(state.activeGeneration, state.buildingGeneration);
            state.buildingGeneration = generation;
            state.state = REBUILDING;
            state.factsApplied = 0;
            state.lag = 0;
            state.startedAt = Instant.now();
            state.finishedAt = null;
            state.error = null;
            return states.deleteRows(projection, "= :g", generation)
                    .chain(() -> processed.deleteGeneration(projection.id(), generation))
                    .replaceWith(Optional.of(generation));
        }));
    }

    public Uni<Void> progress(ProjectionName projection, long applied, long lag) {
        return Panache.withTransaction(() -> states.of(projection).invoke(state -> {
            state.factsApplied = applied;
            state.lag = lag;
        })).replaceWithVoid();
    }

    /** Makes {@code generation} the one reads use, in one committed update, then drops the others' rows. */
    public Uni<Void> switchTo(ProjectionName projection, int generation) {
        return Panache.withTransaction(() -> states.locked(projection).invoke(state -> {
                    state.activeGeneration = generation;
                    state.buildingGeneration = null;
                    state.state = LIVE;
                    state.lag = 0;
                    state.finishedAt = Instant.now();
                }))
                .chain(() -> Panache.withTransaction(() -> states.deleteRows(projection, "<> :g", generation)
                        .chain(() -> processed.deleteOtherGenerations(projection.id(), generation))))
                .replaceWithVoid();
    }

    public Uni<Void> fail(ProjectionName projection, String error) {
        return Panache.withTransaction(() -> states.locked(projection).invoke(state -> {
            state.buildingGeneration = null;
            state.state = FAILED;
            state.error = error;
            state.finishedAt = Instant.now();
        })).replaceWithVoid();
    }
}
