package dev.chancery.extraction.domain;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** One extractor for all tests (models load once), and article helpers. */
public final class Extractors {
    public static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private Extractors() {
    }

    public static ArticleIngested article(String id, String published, String outlet, OutletKind kind,
                                          String original, String body) {
        return new ArticleIngested(id, null, null, outlet, kind, original,
                LocalDate.parse(published).atTime(8, 0).toInstant(ZoneOffset.UTC), "en", null, body, null, null, null);
    }
}
