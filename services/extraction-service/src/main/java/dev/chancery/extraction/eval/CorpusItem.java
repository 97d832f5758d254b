package dev.chancery.extraction.eval;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One evaluation item: a one-sentence item or a short article, with its expected claims.
 *
 * @param id        item id ("dev/sentences.txt:12" or the article id)
 * @param article   true for articles
 * @param published publication day
 * @param outlet    outlet name
 * @param kind      outlet kind
 * @param original  wire origin or null
 * @param body      text
 * @param expected  expected claims
 */
public record CorpusItem(String id, boolean article, LocalDate published, String outlet, OutletKind kind,
                         String original, String body, List<ExpectedClaim> expected) {

    /** The item as the ingestion fact the extractor reads. */
    public ArticleIngested toArticle() {
        return new ArticleIngested(id, null, null, outlet, kind, original,
                published.atTime(9, 0).toInstant(ZoneOffset.UTC), "en", null, body, null, null, null);
    }

    /** The expected claims without the optional ("+?") ones. */
    public List<ExpectedClaim> required() {
        return expected.stream().filter(e -> !e.optional()).toList();
    }
}
