package dev.chancery.bench.extraction;

import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.extraction.domain.NlpModels;
import dev.chancery.extraction.domain.syntax.CoreNlpParser;
import dev.chancery.extraction.domain.syntax.ParserMode;
import dev.chancery.extraction.domain.syntax.Syntax;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.reference.ReferenceData;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the extractor on one thread: CPU ms per ~600-word article (ThreadMXBean), sentences/s and
 * articles/s. Args: [articles, default 400] [warm-up articles, default 300] [--parser] [--files DIR].
 * Without --parser the word-order rules alone run (the figure the bench README tracks); with it the cascade
 * parses the trigger sentences the rules are unsure of, and the parse count, parse time, model load time and
 * heap after load are printed too. --files DIR measures the *.txt articles of DIR (cycled) instead of the
 * generated corpus. Prints figures, writes nothing.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> flags = List.of(args);
        List<String> numbers = flags.stream().filter(a -> a.matches("\\d+")).toList();
        int n = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 400;
        int warm = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 300;
        boolean parser = flags.contains("--parser");
        int files = flags.indexOf("--files");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long loadStart = System.nanoTime();
        ClaimExtractor extractor = new ClaimExtractor(ReferenceData.load(), new NlpModels(),
                Syntax.of(parser ? ParserMode.AUTO : ParserMode.OFF));
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        List<ArticleIngested> articles = files >= 0 ? files(Path.of(args[files + 1]), n + warm) : generated(n + warm);
        long sink = 0;
        for (int i = 0; i < warm; i++) {
            sink += extractor.extract(articles.get(i)).size();
        }
        long sentences = 0;
        long words = 0;
        long claims = 0;
        Syntax.Stats before = extractor.syntaxStats();
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
        System.out.printf("extractor %s, model+gazetteer load %.0f ms, parser %s%n", ClaimExtractor.VERSION, loadMs,
                parser ? "auto" : "off");
        System.out.printf("articles %d (avg %d words, %.1f sentences), claims %d (warm-up claims %d)%n", n,
                words / n, (double) sentences / n, claims, sink);
        System.out.printf("CPU per article: %.3f ms%n", cpuMs / n);
        System.out.printf("throughput: %.0f articles/s, %.0f sentences/s (one thread, wall clock)%n", n / wallS,
                sentences / wallS);
        if (parser) {
            printParser(extractor.syntaxStats(), before, sentences, n);
        }
        System.gc();
        System.out.printf("heap used after GC (MemoryMXBean): %.0f MB%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
    }

    private static void printParser(Syntax.Stats after, Syntax.Stats before, long sentences, int n) {
        long parsed = after.parsed() - before.parsed();
        long considered = after.considered() - before.considered();
        double parseMs = (after.parseNanos() - before.parseNanos()) / 1e6;
        System.out.printf("parsed: %d sentences of %d with a trigger (%.1f%%), %.2f%% of all sentences, %.2f per"
                + " article%n", parsed, considered, 100.0 * parsed / Math.max(1, considered),
                100.0 * parsed / Math.max(1, sentences), (double) parsed / n);
        System.out.printf("parse time: %.2f ms per parsed sentence (CPU, one thread), %.2f ms per article%n",
                parsed == 0 ? 0.0 : parseMs / parsed, parseMs / n);
        System.out.printf("parser model load: %.0f ms%n", CoreNlpParser.loadNanos() / 1e6);
    }

    private static List<ArticleIngested> generated(int count) {
        ArticleCorpusGenerator gen = new ArticleCorpusGenerator(42);
        List<ArticleIngested> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(gen.article(600));
        }
        return articles;
    }

    /** Real articles read by path at run time (never copied into the repository), cycled to the count. */
    private static List<ArticleIngested> files(Path dir, int count) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                bodies.add(Files.readString(p));
            }
        }
        List<ArticleIngested> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(new ArticleIngested("file-" + i, null, null, "bench", OutletKind.NEWSPAPER, null,
                    Instant.parse("2025-12-24T08:00:00Z"), "en", null, bodies.get(i % bodies.size()), null, null,
                    null));
        }
        return articles;
    }
}
