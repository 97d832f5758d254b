package dev.chancery.query.state;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Forgets the processed facts of retired or failed generations, inside the caller's Hibernate session. */
@ApplicationScoped
public class ProcessedFactCleanup {

    /** Forgets the processed facts of generations other than {@code keep}. */
    public Uni<Integer> deleteOtherGenerations(String projection, int keep) {
        return delete(projection, "<>", keep);
    }

    /** Forgets one generation's processed facts (leftovers of a failed rebuild). */
    public Uni<Integer> deleteGeneration(String projection, int generation) {
        return delete(projection, "=", generation);
    }

    private static Uni<Integer> delete(String projection, String comparison, int generation) {
        return Panache.getSession().chain(s -> s.createNativeQuery("DELETE FROM {h-schema}processed_facts"
                        + " WHERE projection = :p AND generation " + comparison + " :g")
                .setParameter("p", projection).setParameter("g", generation).executeUpdate());
    }
}
