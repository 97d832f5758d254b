package dev.chancery.extraction.eval;

import picocli.CommandLine.Option;

/** The floors of {@code bin/chancery evaluate}, as options with the targets as defaults. */
public final class FloorOptions {

    @Option(names = "--min-precision", defaultValue = "0.90",
            description = "articles: precision floor (${DEFAULT-VALUE})")
    double minPrecision;

    @Option(names = "--min-recall", defaultValue = "1.0",
            description = "articles: recall floor (${DEFAULT-VALUE})")
    double minRecall;

    @Option(names = "--min-event-recall", defaultValue = "0.90",
            description = "PLOVER: event+mode recall floor (${DEFAULT-VALUE})")
    double minEventRecall;

    @Option(names = "--min-countries", defaultValue = "0.80",
            description = "PLOVER: countries-right floor (${DEFAULT-VALUE})")
    double minCountries;

    @Option(names = "--max-overcoding", defaultValue = "0.03",
            description = "PLOVER: over-coding ceiling (${DEFAULT-VALUE})")
    double maxOvercoding;

    ArticleEvaluation articles() {
        return new ArticleEvaluation(minPrecision, minRecall);
    }

    PloverEvaluation plover() {
        return new PloverEvaluation(minEventRecall, minCountries, maxOvercoding);
    }
}
