package dev.chancery.query.messaging;

import dev.chancery.query.state.ProjectionStateRepository;
import dev.chancery.query.state.RebuildStates;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start-up, marks rebuilds that a previous process left running as failed, so a new one can start. */
@ApplicationScoped
public class InterruptedRebuilds {
    private final ProjectionStateRepository states;

    public InterruptedRebuilds(ProjectionStateRepository states) {
        this.states = states;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> states.update(
                "state = ?1, buildingGeneration = null, error = ?2 where state = ?3", RebuildStates.FAILED,
                "interrupted by a restart", RebuildStates.REBUILDING)));
    }
}
