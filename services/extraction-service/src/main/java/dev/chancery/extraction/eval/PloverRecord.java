package dev.chancery.extraction.eval;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One PLOVER gold standard record: a coded news sentence with its gold event, mode (null or "" when none),
 * event words, and the raw source and target actor codes.
 */
public record PloverRecord(String id, LocalDate date, String text, String event, String mode, String eventText,
                           List<String> sourceCodes, List<String> targetCodes) {

    /** The sentence as a one-sentence article from the outlet "PLOVER" (a wire), published on the record's date. */
    public ArticleIngested toArticle() {
        return new ArticleIngested(id, null, null, "PLOVER", OutletKind.WIRE, null,
                date.atTime(9, 0).toInstant(ZoneOffset.UTC), "en", null, text, null, null, null);
    }
}
