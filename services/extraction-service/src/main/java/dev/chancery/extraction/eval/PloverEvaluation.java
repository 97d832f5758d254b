package dev.chancery.extraction.eval;

import dev.chancery.extraction.domain.ClaimExtractor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the extractor on every record of a PLOVER-format file (each sentence one article) and checks event+mode
 * recall, countries right and over-coding against their floors.
 */
public record PloverEvaluation(double minEventRecall, double minCountries, double maxOvercoding) {

    /** Prints the figures; true when all three floors are met. */
    public boolean run(Path file, ClaimExtractor extractor, PrintStream out, boolean errors) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("PLOVER file not found: " + file);
        }
        List<PloverOutcome> outcomes = PloverReader.read(file).stream()
                .map(r -> PloverScorer.score(r, extractor.extract(r.toArticle()))).toList();
        PloverSummary s = PloverSummary.of(outcomes);
        PloverReport.print(s, outcomes, out, errors);
        return Floor.atLeast("event+mode recall", s.total().recall(), minEventRecall, out)
                & Floor.atLeast("countries right", s.countries(), minCountries, out)
                & Floor.atMost("over-coding", s.overcoding(), maxOvercoding, out);
    }
}
