package dev.chancery.query.messaging;

import dev.chancery.query.projection.ProjectionName;
import dev.chancery.query.state.RebuildStates;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Starts rebuilds: allocates the new generation, then replays on a rebuild thread while reads continue. */
@ApplicationScoped
public class ProjectionRebuilds {
    private final RebuildStates states;
    private final RebuildRunner runner;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "projection-rebuild");
        t.setDaemon(true);
        return t;
    });

    public ProjectionRebuilds(RebuildStates states, RebuildRunner runner) {
        this.states = states;
        this.runner = runner;
    }

    /** The generation being built, or empty when this projection is already rebuilding. */
    public Uni<Optional<Integer>> start(ProjectionName projection) {
        return states.start(projection).invoke(generation -> generation
                .ifPresent(g -> threads.submit(() -> runner.run(projection, g))));
    }

    void stop(@Observes ShutdownEvent event) {
        threads.shutdownNow();
    }
}
