package dev.chancery.query.read;


import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Versions of ingested articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<ArticleRow, Long> {

    /** The articles current at {@code asOf} in the active generation. */
    public Uni<List<ArticleRow>> current(Collection<String> articleIds, Instant asOf) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("generation = (select s.activeGeneration from ProjectionStateRow s where s.name = 'articles')"
                + " and articleId in ?1 and recordedFrom <= ?2 and (recordedTo is null or recordedTo > ?2)",
                articleIds, asOf);
    }
}
