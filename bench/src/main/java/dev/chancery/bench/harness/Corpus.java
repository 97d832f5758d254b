package dev.chancery.bench.harness;

import java.time.Instant;
import dev.chancery.bench.extraction.ArticleCorpusGenerator;
import dev.chancery.model.article.ArticleIngested;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated corpus every phase shares: the extraction benchmark's {@link ArticleCorpusGenerator} (300-900-word
 * articles, about one sentence in six claim-bearing), each given a URL so that every POST of it is a new article.
 */
public final class Corpus {
    /**
     * The e2e phases post the corpus as a feed: the n-th POST is published at FEED_START + n ms, so that the latest
     * reports are the latest posted (what {@code sourceOrder=newest} lists first). Every article is extracted in
     * process as published at FEED_START, so that the gatherings its claims name (which can depend on the year of
     * publication) are the ones the posted copy names.
     */
    public static final Instant FEED_START = Instant.parse("2025-12-01T00:00:00Z");

    private Corpus() {
    }

    /** When the n-th POST of the feed is published. */
    public static Instant feedTime(long n) {
        return FEED_START.plusMillis(n);
    }

    /** Which generator made it, for the report. */
    public static String source() {
        return "dev.chancery.bench.extraction.ArticleCorpusGenerator (seed 42), 300-900 words";
    }

    public static List<CorpusArticle> generate(int count, long seed) {
        List<CorpusArticle> out = new ArrayList<>(count);
        for (ArticleIngested a : new ArticleCorpusGenerator(seed).articles(count)) {
            String url = a.url() != null ? a.url() : "https://bench.example/wire/" + a.articleId();
            out.add(new CorpusArticle(url, a.outlet(), a.outletKind(), a.originalOutlet(), FEED_START,
                    a.title(), a.body(), a.dateline()));
        }
        return out;
    }
}
