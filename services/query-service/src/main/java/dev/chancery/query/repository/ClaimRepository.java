package dev.chancery.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Versions of extracted claims. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimRow, Long> {

    public Uni<List<ClaimRow>> versions(int generation, String claimId) {
        return list("generation = ?1 and claimId = ?2", generation, claimId);
    }

    /** The claims current at {@code asOf} in the active generation; claims not yet arrived are simply absent. */
    public Uni<List<ClaimRow>> current(Collection<String> claimIds, Instant asOf) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("generation = (select s.activeGeneration from ProjectionStateRow s where s.name = 'claims')"
                + " and claimId in ?1 and recordedFrom <= ?2 and (recordedTo is null or recordedTo > ?2)",
                claimIds, asOf);
    }
}
