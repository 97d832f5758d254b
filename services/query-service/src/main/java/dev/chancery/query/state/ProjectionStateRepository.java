package dev.chancery.query.state;

import dev.chancery.query.projection.ProjectionName;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;

/** Reads and updates {@code projection_state}; also drops the rows of retired generations. */
@ApplicationScoped
public class ProjectionStateRepository implements PanacheRepositoryBase<ProjectionStateRow, String> {

    public Uni<ProjectionStateRow> of(ProjectionName projection) {
        return findById(projection.id());
    }

    /** The row locked FOR UPDATE, for rebuild start and switch. */
    public Uni<ProjectionStateRow> locked(ProjectionName projection) {
        return findById(projection.id(), LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<ProjectionStateRow>> all() {
        return listAll(io.quarkus.panache.common.Sort.by("name"));
    }

    /** Deletes a projection's rows whose generation matches {@code condition} ("= :g" or "<> :g"). */
    public Uni<Integer> deleteRows(ProjectionName projection, String condition, int generation) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (String table : projection.tables()) {
            chain = chain.chain(total -> Panache.getSession().chain(s -> s.createNativeQuery(
                            "DELETE FROM {h-schema}" + table + " WHERE generation " + condition)
                    .setParameter("g", generation).executeUpdate()).map(n -> total + n));
        }
        return chain;
    }
}
