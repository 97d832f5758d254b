package dev.chancery.bench.harness;

import dev.chancery.bench.extraction.ArticleCorpusGenerator;
import dev.chancery.model.article.ArticleIngested;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated corpus every phase shares: the extraction benchmark's {@link ArticleCorpusGenerator} (300-900-word
 * articles, about one sentence in six claim-bearing), each given a URL so that every POST of it is a new article.
 */
public final class Corpus {
    private Corpus() {
    }

    /** Which generator made it, for the report. */
    public static String source() {
        return "dev.chancery.bench.extraction.ArticleCorpusGenerator (seed 42), 300-900 words";
    }

    public static List<CorpusArticle> generate(int count, long seed) {
        List<CorpusArticle> out = new ArrayList<>(count);
        for (ArticleIngested a : new ArticleCorpusGenerator(seed).articles(count)) {
            String url = a.url() != null ? a.url() : "https://bench.example/wire/" + a.articleId();
            out.add(new CorpusArticle(url, a.outlet(), a.outletKind(), a.originalOutlet(), a.publishedAt(),
                    a.title(), a.body(), a.dateline()));
        }
        return out;
    }
}
