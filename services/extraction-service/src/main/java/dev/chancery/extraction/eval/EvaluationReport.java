package dev.chancery.extraction.eval;

import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.model.claim.ClaimExtracted;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the extractor over the evaluation corpus and prints precision, recall and F1 per claim type, for actor
 * roles and for "claim type with correct actors", separately for dev, heldout and heldout-real. Args: corpus dir (default
 * services/extraction-service/corpus), optional {@code --errors} to list misses and spurious claims.
 */
public final class EvaluationReport {
    public static final List<String> SPLITS = List.of("dev", "heldout", "heldout-real");

    private EvaluationReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "services/extraction-service/corpus");
        boolean errors = List.of(args).contains("--errors");
        if (!Files.isDirectory(dir)) {
            System.err.println("corpus directory not found: " + dir);
            System.exit(2);
        }
        printSplits(dir, new ClaimExtractor(), System.out, errors);
    }

    /** Scores and prints every split of a corpus directory. */
    public static void printSplits(Path dir, ClaimExtractor extractor, PrintStream out, boolean errors)
            throws IOException {
        for (String split : SPLITS) {
            print(split, evaluate(dir.resolve(split), extractor), out, errors);
        }
        var syntax = extractor.syntaxStats();
        System.out.printf("%nparser: %d of %d trigger sentences parsed, %.1f CPU ms per parsed sentence%n",
                syntax.parsed(), syntax.considered(), syntax.parseNanos() / 1e6 / Math.max(1, syntax.parsed()));
    }

    /** Scores one split directory. */
    public static Scorer evaluate(Path splitDir, ClaimExtractor extractor) throws IOException {
        Scorer scorer = new Scorer();
        for (CorpusItem item : CorpusReader.read(splitDir)) {
            List<ClaimExtracted> claims = extractor.extract(item.toArticle());
            scorer.score(item, claims, sentenceCount(item.body()));
        }
        return scorer;
    }

    private static int sentenceCount(String body) {
        return Math.max(1, body.split("(?<=[.!?][\"”]?)\\s+(?=[A-Z\"“])").length);
    }

    public static void print(String split, Scorer s, PrintStream out, boolean errors) {
        out.printf("%n== %s: %d items, ~%d sentences ==%n", split, s.items, s.sentences);
        out.println(String.format("%-24s %5s %5s %5s  %6s %6s %6s", "", "tp", "fp", "fn", "P", "R", "F1"));
        for (Map.Entry<String, Counts> e : s.perType.entrySet()) {
            out.println(e.getValue().row(e.getKey()));
        }
        out.println(s.roles.row("actor roles"));
        out.println(s.claims.row("type + correct actors"));
        for (Map.Entry<String, int[]> e : s.attributes.entrySet()) {
            out.printf("  %-12s %d/%d correct among matched claims where annotated%n", e.getKey(),
                    e.getValue()[0], e.getValue()[1]);
        }
        if (errors) {
            s.errors.forEach(out::println);
        }
    }
}
