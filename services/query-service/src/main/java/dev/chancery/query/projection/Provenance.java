package dev.chancery.query.projection;

import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.SourceInfo;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.query.projection.Views.SourceView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sources of a judgement: its claims (for and against) joined at read time with the claims and articles
 * known at the same asOf. A claim that has not arrived yet is left out; the article fills in what a claim's
 * source lacks.
 */
public final class Provenance {
    public static final String FOR = "FOR";
    public static final String AGAINST = "AGAINST";
    private static final Comparator<SourceView> ORDER = Comparator.comparing(SourceView::publishedAt,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(SourceView::claimId);

    private Provenance() {
    }

    /** True when the sources are in the order this class gives them: oldest first, undated last, then by claim id. */
    static boolean isOldestFirst(List<SourceView> sources) {
        for (int i = 1; i < sources.size(); i++) {
            if (ORDER.compare(sources.get(i - 1), sources.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    public static List<SourceView> sources(Judgement judgement, Map<String, ClaimExtracted> claims,
            Map<String, ArticleVersion> articles) {
        List<SourceView> out = new ArrayList<>();
        add(out, judgement.claimsFor(), FOR, claims, articles);
        add(out, judgement.claimsAgainst(), AGAINST, claims, articles);
        out.sort(ORDER);
        return out;
    }

    /**
     * The same from sources already built (stance ignored), by claim id: a claim missing from {@code known} is left
     * out.
     */
    public static List<SourceView> sources(Judgement judgement, Map<String, SourceView> known) {
        List<SourceView> out = new ArrayList<>();
        addKnown(out, judgement.claimsFor(), FOR, known);
        addKnown(out, judgement.claimsAgainst(), AGAINST, known);
        out.sort(ORDER);
        return out;
    }

    private static void addKnown(List<SourceView> out, List<String> ids, String stance, Map<String, SourceView> known) {
        for (String id : ids == null ? List.<String>of() : ids) {
            SourceView v = known.get(id);
            if (v != null) {
                out.add(new SourceView(v.claimId(), v.articleId(), v.outlet(), v.url(), v.publishedAt(), v.quote(),
                        stance));
            }
        }
    }

    private static void add(List<SourceView> out, List<String> ids, String stance,
            Map<String, ClaimExtracted> claims, Map<String, ArticleVersion> articles) {
        for (String id : ids == null ? List.<String>of() : ids) {
            ClaimExtracted c = claims.get(id);
            if (c != null) {
                out.add(source(c, stance, articles.get(c.articleId())));
            }
        }
    }

    public static SourceView source(ClaimExtracted c, String stance, ArticleVersion article) {
        SourceInfo s = c.source();
        String outlet = s != null && s.outlet() != null ? s.outlet() : article == null ? null : article.outlet();
        String url = s != null && s.url() != null ? s.url() : article == null ? null : article.url();
        Instant published = s != null && s.publishedAt() != null ? s.publishedAt()
                : article == null ? null : article.publishedAt();
        return new SourceView(c.claimId(), c.articleId(), outlet, url, published,
                c.evidence() == null ? null : c.evidence().sentence(), stance);
    }

    /** The earliest publication among the sources, or {@code otherwise}. */
    public static Instant firstPublished(List<SourceView> sources, Instant otherwise) {
        return sources.stream().map(SourceView::publishedAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(otherwise);
    }

    /** Every claim id a judgement refers to. */
    public static List<String> claimIds(Judgement j) {
        List<String> ids = new ArrayList<>(j.claimsFor() == null ? List.of() : j.claimsFor());
        ids.addAll(j.claimsAgainst() == null ? List.of() : j.claimsAgainst());
        return ids;
    }
}
