package dev.chancery.query.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The query service's own processed-facts table: a fact id recorded per projection and generation, in the
 * same Hibernate Reactive transaction as the projection change, so redelivery and replay change nothing twice.
 */
@ApplicationScoped
public class ProcessedFactRepository {

    /** Records the fact as processed for this projection generation; false when it already was. */
    public Uni<Boolean> firstTime(String projection, int generation, UUID factId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO {h-schema}processed_facts (projection, generation, fact_id) VALUES (:p, :g, :f)"
                                + " ON CONFLICT DO NOTHING")
                .setParameter("p", projection).setParameter("g", generation).setParameter("f", factId)
                .executeUpdate()).map(n -> n == 1);
    }

    /** Forgets the processed facts of generations other than {@code keep}. */
    public Uni<Integer> deleteOtherGenerations(String projection, int keep) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "DELETE FROM {h-schema}processed_facts WHERE projection = :p AND generation <> :g")
                .setParameter("p", projection).setParameter("g", keep).executeUpdate());
    }

    /** Forgets one generation's processed facts (leftovers of a failed rebuild). */
    public Uni<Integer> deleteGeneration(String projection, int generation) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "DELETE FROM {h-schema}processed_facts WHERE projection = :p AND generation = :g")
                .setParameter("p", projection).setParameter("g", generation).executeUpdate());
    }
}
