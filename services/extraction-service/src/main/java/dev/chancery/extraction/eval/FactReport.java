package dev.chancery.extraction.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints the fact-level scores per article and in total, and optionally each missed fact and wrong claim. */
public final class FactReport {
    private FactReport() {
    }

    public static void print(List<ArticleScore> scores, PrintStream out, boolean errors) {
        out.printf("%n== articles: %d scored (fact level) ==%n", scores.size());
        out.printf("%-32s %6s %6s %6s %6s  %6s %6s%n", "", "claims", "right", "facts", "found", "P", "R");
        scores.forEach(s -> out.println(row(s)));
        ArticleScore total = ArticleScore.total("total", scores);
        out.println(row(total));
        if (errors) {
            total.missed().forEach(out::println);
            total.wrong().forEach(out::println);
        }
    }

    private static String row(ArticleScore s) {
        return String.format(Locale.ROOT, "%-32s %6d %6d %6d %6d  %6.3f %6.3f", s.id(), s.claims(), s.right(),
                s.facts(), s.matched(), s.precision(), s.recall());
    }
}
