package dev.chancery.extraction.eval;

import java.util.List;

/**
 * The fact-level score of one article (or a total): claims read and how many were right, expected facts and how
 * many some claim stated, with the missed facts and the wrong claims (with their sentences) for error listings.
 */
public record ArticleScore(String id, int claims, int right, int facts, int matched, List<String> missed,
                           List<String> wrong) {

    public double precision() {
        return claims == 0 ? 1.0 : (double) right / claims;
    }

    public double recall() {
        return facts == 0 ? 1.0 : (double) matched / facts;
    }

    /** The sum of several scores under one label. */
    public static ArticleScore total(String id, List<ArticleScore> scores) {
        return new ArticleScore(id, scores.stream().mapToInt(ArticleScore::claims).sum(),
                scores.stream().mapToInt(ArticleScore::right).sum(),
                scores.stream().mapToInt(ArticleScore::facts).sum(),
                scores.stream().mapToInt(ArticleScore::matched).sum(),
                scores.stream().flatMap(s -> s.missed().stream()).toList(),
                scores.stream().flatMap(s -> s.wrong().stream()).toList());
    }
}
