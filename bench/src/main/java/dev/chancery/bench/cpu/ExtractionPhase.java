package dev.chancery.bench.cpu;

import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;

import java.util.List;

/** Phase 1, alone on the machine: extraction in this JVM (1 thread, 1 per core) and as the service runs it. */
public final class ExtractionPhase {
    private final Settings settings;
    private final Results results;

    public ExtractionPhase(Settings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    /** What each corpus article should produce, or null (reported) if extraction failed. */
    public List<ExtractionAlone.Expected> run(List<CorpusArticle> corpus) {
        List<ExtractionAlone.Expected> expected = null;
        try {
            ExtractionAlone alone = new ExtractionAlone(corpus);
            expected = alone.expected();
            results.detail("corpus", alone.corpusStats());
            Results.log("corpus: %s", alone.corpusStats());
            int cores = Runtime.getRuntime().availableProcessors();
            alone.measure(results, "extraction.1t.", 1, settings.extractionWarmup(), settings.extractionSeconds());
            alone.measure(results, "extraction.nt.", cores, 2, settings.extractionSeconds());
            results.figure("extraction.threads", cores);
        } catch (Throwable e) {
            results.error("extraction alone", e);
            e.printStackTrace(System.out);
        }
        try {
            ExtractionChildJvm.measure(settings, results);
        } catch (Throwable e) {
            results.error("extraction alone (service JVM options)", e);
        }
        System.gc();
        return expected;
    }
}
