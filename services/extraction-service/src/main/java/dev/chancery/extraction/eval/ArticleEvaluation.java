package dev.chancery.extraction.eval;

import dev.chancery.extraction.domain.ClaimExtractor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores real articles read by path against expected facts written in the project, at the fact level, and
 * checks the totals against the precision and recall floors.
 */
public record ArticleEvaluation(double minPrecision, double minRecall) {

    /** Prints the table; true when the totals meet both floors. */
    public boolean run(Path articlesDir, Path expectedFile, ClaimExtractor extractor, PrintStream out,
                       boolean errors) throws IOException {
        List<CorpusItem> items = ArticleSetReader.read(articlesDir, expectedFile);
        List<ArticleScore> scores = items.stream().map(i -> FactScorer.score(i, extractor.extract(i.toArticle())))
                .toList();
        FactReport.print(scores, out, errors);
        ArticleScore total = ArticleScore.total("total", scores);
        return Floor.atLeast("precision", total.precision(), minPrecision, out)
                & Floor.atLeast("recall", total.recall(), minRecall, out);
    }
}
