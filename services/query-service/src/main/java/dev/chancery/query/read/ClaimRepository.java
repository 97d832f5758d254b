package dev.chancery.query.read;


import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Versions of extracted claims. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<ClaimRow, Long> {
    private static final String ACTIVE =
            "generation = (select s.activeGeneration from ProjectionStateRow s where s.name = 'claims')";
    private static final String CURRENT = "recordedFrom <= :asOf and (recordedTo is null or recordedTo > :asOf)";

    /** Row id by claim id of the claims current at {@code asOf} in the active generation, without payloads. */
    public Uni<Map<String, Long>> currentRowIds(Collection<String> claimIds, Instant asOf) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createSelectionQuery("select claimId, rowId from"
                        + " ClaimRow where " + ACTIVE + " and claimId in :ids and " + CURRENT, Object[].class)
                .setParameter("ids", claimIds).setParameter("asOf", asOf).getResultList())
                .map(rows -> {
                    Map<String, Long> out = new HashMap<>();
                    rows.forEach(r -> out.put((String) r[0], (Long) r[1]));
                    return out;
                });
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
