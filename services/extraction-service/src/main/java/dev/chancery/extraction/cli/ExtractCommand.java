package dev.chancery.extraction.cli;

import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.extraction.domain.NlpModels;
import dev.chancery.extraction.domain.syntax.ParserMode;
import dev.chancery.extraction.domain.syntax.Syntax;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.model.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Extracts claims from one article file (or stdin with "-") and prints them as a JSON array, the same JSON as
 * ClaimExtracted payloads. Needs no Quarkus runtime. Exit code 2 for bad arguments, 1 for unreadable input.
 */
@Command(name = "chancery-extract", mixinStandardHelpOptions = true, version = ClaimExtractor.VERSION,
        description = "Extract diplomatic claims from an article and print them as JSON.")
public final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--published", required = true, description = "publication date, YYYY-MM-DD")
    LocalDate published;

    @Option(names = "--outlet", defaultValue = "cli", description = "outlet name (default: ${DEFAULT-VALUE})")
    String outlet;

    @Option(names = "--outlet-kind", defaultValue = "NEWSPAPER",
            description = "one of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    OutletKind outletKind;

    @Option(names = "--original-outlet", description = "the wire this article copies, if any")
    String originalOutlet;

    @Option(names = "--no-parser", description = "word-order rules only, no dependency parse")
    boolean noParser;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "article body file, or - for stdin")
    String file;

    @Override
    public Integer call() throws IOException {
        String body = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        String id = DeterministicIds.of("article", body.strip()).toString();
        ArticleIngested article = new ArticleIngested(id, null, null, outlet, outletKind, originalOutlet,
                published.atStartOfDay().toInstant(ZoneOffset.UTC), "en", null, body, null, null, null);
        List<ClaimExtracted> claims = new ClaimExtractor(ReferenceData.load(), new NlpModels(),
                Syntax.of(noParser ? ParserMode.OFF : ParserMode.configured())).extract(article);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.println(ChanceryJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(claims));
        return 0;
    }

    /** Runs the command; bad arguments exit with 2 and a message on stderr. */
    public static int run(String... args) {
        return CommandExits.execute(new ExtractCommand(), ex -> ex instanceof IOException ? 1 : 2, args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
