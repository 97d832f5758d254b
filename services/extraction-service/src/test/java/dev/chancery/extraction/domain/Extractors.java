package dev.chancery.extraction.domain;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ClaimExtracted;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One extractor for all tests (models load once), and article helpers. */
public final class Extractors {
    public static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    private Extractors() {
    }

    /** The claims of one sentence from a Reuters wire copy of 2025-11-10, each coded, joined by " ; ". */
    public static String coded(String sentence, Function<ClaimExtracted, String> code) {
        return EXTRACTOR.extract(article("t", "2025-11-10", "Reuters", OutletKind.WIRE, null, sentence.trim()))
                .stream().map(code).collect(Collectors.joining(" ; "));
    }

    public static ArticleIngested article(String id, String published, String outlet, OutletKind kind,
                                          String original, String body) {
        return new ArticleIngested(id, null, null, outlet, kind, original,
                LocalDate.parse(published).atTime(8, 0).toInstant(ZoneOffset.UTC), "en", null, body, null, null, null);
    }
}
