package dev.chancery.query.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Versions of article extractions. */
@ApplicationScoped
public class ExtractionRepository implements PanacheRepositoryBase<ExtractionRow, Long> {

    public Uni<List<ExtractionRow>> versions(int generation, String articleId, String extractorVersion) {
        return list("generation = ?1 and articleId = ?2 and extractorVersion = ?3", generation, articleId,
                extractorVersion);
    }
}
