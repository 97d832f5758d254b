package dev.chancery.extraction.eval;

import dev.chancery.extraction.cli.CommandExits;
import dev.chancery.extraction.domain.ClaimExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bin/chancery evaluate}: the labelled corpus (no option), real articles against expected facts
 * ({@code --articles DIR [--expected FILE]}) or a PLOVER-format file ({@code --plover FILE}). Exit 0 when the
 * floors are met, 1 below them, 2 for bad arguments or unreadable inputs.
 */
@Command(name = "chancery evaluate", mixinStandardHelpOptions = true, version = ClaimExtractor.VERSION,
        description = "Score the extractor on the labelled corpus, on real articles or on PLOVER records.")
public final class EvaluateCommand implements Callable<Integer> {
    /** The corpus directory used when none is given; bin/chancery sets it to the repository's corpus. */
    static final String CORPUS_PROPERTY = "chancery.corpus";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CORPUS_DIR", description = "labelled corpus (default: the project's)")
    Path corpus;

    @Option(names = "--articles", paramLabel = "DIR", description = "directory of article files to score")
    Path articles;

    @Option(names = "--expected", paramLabel = "FILE",
            description = "expected facts for --articles (default: CORPUS_DIR/seeds/expected.txt)")
    Path expected;

    @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER-format JSON array to score")
    Path plover;

    @Option(names = "--errors", description = "list misses and wrong claims")
    boolean errors;

    @Mixin
    FloorOptions floors;

    private final Supplier<ClaimExtractor> extractor;
    private final PrintStream out;

    public EvaluateCommand(Supplier<ClaimExtractor> extractor, PrintStream out) {
        this.extractor = extractor;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Path corpusDir = corpus != null ? corpus
                : Path.of(System.getProperty(CORPUS_PROPERTY, "services/extraction-service/corpus"));
        if (plover != null && (articles != null || expected != null || corpus != null)) {
            throw new ParameterException(spec.commandLine(), "--plover takes no corpus, --articles or --expected");
        }
        if (expected != null && articles == null) {
            throw new ParameterException(spec.commandLine(), "--expected needs --articles DIR");
        }
        if (plover != null) {
            return exit(floors.plover().run(plover, extractor.get(), out, errors));
        }
        if (articles != null) {
            Path facts = expected != null ? expected : corpusDir.resolve("seeds").resolve("expected.txt");
            return exit(floors.articles().run(articles, facts, extractor.get(), out, errors));
        }
        if (!Files.isDirectory(corpusDir)) {
            throw new IllegalArgumentException("corpus directory not found: " + corpusDir);
        }
        EvaluationReport.printSplits(corpusDir, extractor.get(), out, errors);
        return 0;
    }

    private static int exit(boolean floorsMet) {
        return floorsMet ? 0 : 1;
    }

    /** Runs the command: 0 floors met, 1 below a floor, 2 bad arguments or inputs (message on stderr). */
    public static int run(Supplier<ClaimExtractor> extractor, PrintStream out, String... args) {
        return CommandExits.execute(new EvaluateCommand(extractor, out), ex -> 2, args);
    }

    public static void main(String[] args) {
        System.exit(run(ClaimExtractor::new, System.out, args));
    }
}
