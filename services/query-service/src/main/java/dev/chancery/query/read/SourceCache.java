package dev.chancery.query.read;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.platform.cache.BoundedLruMap;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.query.projection.ArticleVersion;
import dev.chancery.query.projection.Provenance;
import dev.chancery.query.projection.Views.SourceView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources behind judgements, built once per claim row and kept (least recently used first out): a claim row
 * never changes, so a much-reported event costs one light query for its current claim rows plus the payloads of
 * the claims not seen before. A source whose article had not arrived is not kept, as its outlet may still fill in.
 */
@ApplicationScoped
public class SourceCache {
    static final int MAX_ENTRIES = 20_000;
    private final ClaimRepository claims;
    private final SourceLookup lookup;
    private final BoundedLruMap<Long, SourceView> byRow = new BoundedLruMap<>(MAX_ENTRIES);

    public SourceCache(ClaimRepository claims, SourceLookup lookup) {
        this.claims = claims;
        this.lookup = lookup;
    }

    /** Sources by claim id, and whether every claim and its article had arrived. */
    public record Found(Map<String, SourceView> byClaim, boolean complete) {
        public List<SourceView> sources(Judgement judgement) {
            return Provenance.sources(judgement, byClaim);
        }
    }

    public Uni<Found> load(Collection<String> claimIds, Instant asOf) {
        return claims.currentRowIds(claimIds, asOf).chain(rowIds -> {
            Map<String, SourceView> found = new HashMap<>();
            List<String> missing = rowIds.entrySet().stream().filter(e -> !cached(e.getValue(), e.getKey(), found))
                    .map(Map.Entry::getKey).toList();
            boolean arrived = rowIds.keySet().containsAll(claimIds);
            if (missing.isEmpty()) {
                return Uni.createFrom().item(new Found(found, arrived));
            }
            return lookup.load(missing, asOf).map(known -> {
                known.claims().forEach((id, claim) -> found.put(id, keep(known, claim)));
                return new Found(found, arrived && known.complete(missing));
            });
        });
    }

    private boolean cached(Long rowId, String claimId, Map<String, SourceView> found) {
        SourceView v = byRow.get(rowId);
        if (v != null) {
            found.put(claimId, v);
        }
        return v != null;
    }

    private SourceView keep(SourceLookup.Known known, ClaimExtracted claim) {
        ArticleVersion article = known.articles().get(claim.articleId());
        SourceView v = Provenance.source(claim, null, article);
        if (article != null) {
            byRow.put(known.rows().get(claim.claimId()).rowId, v);
        }
        return v;
    }
}
