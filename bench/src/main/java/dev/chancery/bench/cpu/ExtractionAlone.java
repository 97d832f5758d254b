package dev.chancery.bench.cpu;

import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.bench.harness.Results;
import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.extraction.domain.NlpModels;
import dev.chancery.extraction.domain.TextAnalyzer;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.reference.ReferenceData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pipeline's CPU limit: {@link ClaimExtractor} in this process over the generated corpus, on one thread and
 * on as many threads as cores, after a warm-up. Also reads, once and untimed, what every article should produce:
 * its sentence count and the gatherings its invitation claims name (the e2e phases watch those).
 */
public final class ExtractionAlone {
    /** Per corpus article: sentences, claims, gatherings of invitation-family claims. */
    public record Expected(int sentences, int claims, Set<String> gatherings) {
    }

    private final ClaimExtractor extractor;
    private final TextAnalyzer analyzer;
    private final List<ArticleIngested> articles = new ArrayList<>();
    private final List<Expected> expected = new ArrayList<>();

    public ExtractionAlone(List<CorpusArticle> corpus) {
        NlpModels models = new NlpModels();
        this.extractor = new ClaimExtractor(ReferenceData.load(), models);
        this.analyzer = new TextAnalyzer(models);
        for (CorpusArticle a : corpus) {
            ArticleIngested article = a.ingested();
            articles.add(article);
            List<ClaimExtracted> claims = extractor.extract(article);
            Set<String> gatherings = new LinkedHashSet<>();
            for (ClaimExtracted c : claims) {
                if (c.type().isInvitationFamily() && c.gathering() != null) {
                    gatherings.add(c.gathering());
                }
            }
            expected.add(new Expected(analyzer.analyse(article.body()).size(), claims.size(), gatherings));
        }
    }

    public List<Expected> expected() {
        return expected;
    }

    /** Runs the timed loops and records extraction.* figures. */
    public void measure(Results results, String prefix, int threads, double warmupSeconds, double seconds)
            throws Exception {
        run(1, warmupSeconds);
        long[] done = run(threads, seconds);
        ExtractionRate rate = new ExtractionRate(done[0], done[1], done[2], threads, seconds);
        results.figure(prefix + "articlesPerSec", rate.articlesPerSec());
        results.figure(prefix + "sentencesPerSec", rate.sentencesPerSec());
        results.figure(prefix + "claimsPerSec", rate.claimsPerSec());
        results.figure(prefix + "msPerArticle", rate.msPerArticle());
        Results.log("extraction alone, %d thread(s): %.1f articles/s, %.0f sentences/s, %.0f claims/s", threads,
                rate.articlesPerSec(), rate.sentencesPerSec(), rate.claimsPerSec());
    }

    public Map<String, Object> corpusStats() {
        long sentences = 0, claims = 0, withInvitation = 0, words = 0;
        for (int i = 0; i < articles.size(); i++) {
            sentences += expected.get(i).sentences();
            claims += expected.get(i).claims();
            withInvitation += expected.get(i).gatherings().isEmpty() ? 0 : 1;
            words += articles.get(i).body().trim().split("\\s+").length;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", articles.size());
        m.put("meanWords", words / Math.max(1, articles.size()));
        m.put("meanSentences", (double) sentences / Math.max(1, articles.size()));
        m.put("meanClaims", (double) claims / Math.max(1, articles.size()));
        m.put("claimsPerSentence", (double) claims / Math.max(1, sentences));
        m.put("articlesWithInvitationToAGathering", withInvitation);
        return m;
    }

    /** {articles, sentences, claims} done by {@code threads} threads in {@code seconds}. */
    private long[] run(int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * articles.size() / threads;
            futures.add(pool.submit(() -> {
                long n = 0, sentences = 0, claims = 0;
                int i = offset;
                while (!stop.get()) {
                    int k = i++ % articles.size();
                    claims += extractor.extract(articles.get(k)).size();
                    sentences += expected.get(k).sentences();
                    n++;
                }
                return new long[] {n, sentences, claims};
            }));
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        long[] sum = new long[3];
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            for (int j = 0; j < 3; j++) {
                sum[j] += r[j];
            }
        }
        pool.shutdown();
        return sum;
    }
}
