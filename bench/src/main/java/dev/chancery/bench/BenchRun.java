package dev.chancery.bench;

import dev.chancery.bench.cpu.ExtractionAlone;
import dev.chancery.bench.cpu.ExtractionPhase;
import dev.chancery.bench.e2e.E2ePhases;
import dev.chancery.bench.harness.Corpus;
import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.harness.WorkDirectory;
import dev.chancery.bench.launch.BenchPlatforms;
import dev.chancery.bench.launch.PeakMemory;
import dev.chancery.bench.replay.ReplayPhases;
import dev.chancery.embedded.EmbeddedKafka;
import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.embedded.launcher.EmbeddedPlatform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** One run: the phases in order on a fresh work directory, then the peaks, the table and the JSON. */
final class BenchRun {
    private final Settings settings;
    private final Results results = new Results();
    private final PeakMemory memory = new PeakMemory();
    private final BenchPlatforms platforms;

    BenchRun(Settings settings) {
        this.settings = settings;
        this.platforms = new BenchPlatforms(settings, results, memory);
    }

    void run() throws Exception {
        Instant started = Instant.now();
        RunHeader.describe(results, settings, started);
        Path work = WorkDirectory.fresh(settings.home().resolve("bench/target/run"));
        List<CorpusArticle> corpus = Corpus.generate(settings.corpusSize(), 42);
        results.run.put("corpus", Corpus.source());
        Results.log("corpus: %d articles from %s", corpus.size(), Corpus.source());
        if (!settings.onlyReplay()) {
            List<ExtractionAlone.Expected> expected = new ExtractionPhase(settings, results).run(corpus);
            if (settings.platformPhases()) {
                platformPhases(corpus, expected, work);
            }
        }
        if (settings.replayPhases()) {
            replayPhases(new ArrayList<>(new LinkedHashSet<>(corpus.stream().map(CorpusArticle::body).toList())),
                    work);
        }
        memory.record(results);
        results.run.put("finishedAt", Instant.now().toString());
        results.run.put("seconds", Duration.between(started, Instant.now()).toSeconds());
        RunHeader.print(results, settings.out());
    }

    /** 2. The platform, driven over HTTP: readiness, warm-up, idle query baseline, e2e, freshness + query load. */
    private void platformPhases(List<CorpusArticle> corpus, List<ExtractionAlone.Expected> expected, Path work) {
        EmbeddedPlatform platform = platforms.start(work.resolve("platform"), "e2e");
        if (platform != null) {
            try {
                new E2ePhases(settings, results).run(platform, corpus, expected);
            } finally {
                platforms.finish(platform, "e2e");
            }
        }
    }

    /** 3. Baselines and replay, on a fresh platform (only the replayed facts on its topics). */
    private void replayPhases(List<String> bodies, Path work) {
        ReplayPhases replay = new ReplayPhases(settings, results);
        EmbeddedPlatform platform = platforms.start(work.resolve("platform-replay"), "replay");
        if (platform != null) {
            try {
                replay.run(bodies, platform.kafka().bootstrapServers(), platform.postgres().jdbcUrl(), platform, work);
            } finally {
                platforms.finish(platform, "replay");
            }
            return;
        }
        Results.log("running the baselines on a standalone Kafka and PostgreSQL");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(work.resolve("standalone/postgres"), 0, true);
                EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("standalone/kafka"), 0)) {
            replay.run(bodies, kafka.bootstrapServers(), pg.jdbcUrl(), null, work);
        } catch (Throwable e) {
            results.error("baselines", e);
        }
    }
}
