package dev.chancery.query.read;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.query.projection.ArticleVersion;
import dev.chancery.query.projection.FactRows;
import dev.chancery.query.projection.Provenance;
import dev.chancery.query.projection.Views.SourceView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the claims and articles behind judgements as of a transaction time (the read-time join). */
@ApplicationScoped
public class SourceLookup {
    private final ClaimRepository claims;
    private final ArticleRepository articles;

    public SourceLookup(ClaimRepository claims, ArticleRepository articles) {
        this.claims = claims;
        this.articles = articles;
    }

    /** Claims and articles known at asOf, by id. */
    public record Known(Map<String, ClaimExtracted> claims, Map<String, ClaimRow> rows,
                        Map<String, ArticleVersion> articles) {
        public List<SourceView> sources(Judgement judgement) {
            return Provenance.sources(judgement, claims, articles);
        }

        /** True when every one of the claims, and the article of each, was found. */
        public boolean complete(Collection<String> claimIds) {
            return claims.keySet().containsAll(claimIds)
                    && claims.values().stream().allMatch(c -> articles.containsKey(c.articleId()));
        }
    }

    public Uni<Known> load(Collection<String> claimIds, Instant asOf) {
        return claims.current(claimIds, asOf).chain(rows -> {
            Map<String, ClaimExtracted> byId = new HashMap<>();
            Map<String, ClaimRow> rowsById = new HashMap<>();
            for (ClaimRow row : rows) {
                byId.put(row.claimId, FactRows.read(row.payload, ClaimExtracted.class));
                rowsById.put(row.claimId, row);
            }
            List<String> articleIds = byId.values().stream().map(ClaimExtracted::articleId).distinct().toList();
            return articles.current(articleIds, asOf).map(found -> {
                Map<String, ArticleVersion> a = new HashMap<>();
                found.forEach(r -> a.put(r.articleId, r.version()));
                return new Known(byId, rowsById, a);
            });
        });
    }
}
