package dev.chancery.bench.extraction;

import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.model.article.ArticleIngested;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the extractor on one thread: CPU ms per ~600-word article (ThreadMXBean), sentences/s and
 * articles/s. Args: [articles, default 400] [warm-up articles, default 300]. Prints figures, writes nothing.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long loadStart = System.nanoTime();
        ClaimExtractor extractor = new ClaimExtractor();
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        ArticleCorpusGenerator gen = new ArticleCorpusGenerator(42);
        List<ArticleIngested> articles = new ArrayList<>();
        for (int i = 0; i < n + warm; i++) {
            articles.add(gen.article(600));
        }
        long sink = 0;
        for (int i = 0; i < warm; i++) {
            sink += extractor.extract(articles.get(i)).size();
        }
        long sentences = 0;
        long words = 0;
        long claims = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = warm; i < warm + n; i++) {
            ArticleIngested a = articles.get(i);
            claims += extractor.extract(a).size();
            sentences += a.body().split("(?<=[.!?])\\s+").length;
            words += a.body().split("\\s+").length;
        }
        double cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6;
        double wallS = (System.nanoTime() - wall0) / 1e9;
        System.out.printf("extractor %s, model+gazetteer load %.0f ms%n", ClaimExtractor.VERSION, loadMs);
        System.out.printf("articles %d (avg %d words, %.1f sentences), claims %d (warm-up claims %d)%n", n,
                words / n, (double) sentences / n, claims, sink);
        System.out.printf("CPU per article: %.3f ms%n", cpuMs / n);
        System.out.printf("throughput: %.0f articles/s, %.0f sentences/s (one thread, wall clock)%n", n / wallS,
                sentences / wallS);
    }
}
