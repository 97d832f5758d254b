package dev.chancery.bench.e2e;

import dev.chancery.bench.cost.CostReader;
import dev.chancery.bench.cpu.ExtractionAlone;
import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.bench.harness.ProcCpu;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.kafka.ConsumerLag;
import dev.chancery.bench.kafka.Quiescence;
import dev.chancery.bench.kafka.TopicOffsets;
import dev.chancery.bench.launch.BenchTokens;
import dev.chancery.bench.load.Http;
import dev.chancery.bench.load.LoadHttpClient;
import dev.chancery.bench.store.FreshnessHops;
import dev.chancery.bench.store.StoreCounts;
import dev.chancery.embedded.launcher.EmbeddedPlatform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Phase 2, the platform over HTTP: readiness, warm-up, idle reads, throughput, steady ingestion, freshness. */
public final class E2ePhases {
    /**
     * The steady phase ingests at this share of the measured end-to-end rate, beside the 200 reads/s: the targets of
     * freshness and of the reads while ingesting are set at half the capacity (issue 23).
     */
    static final double STEADY_SHARE = 0.5;
    /** Connections of the e2e phase's client: its four posting threads and its poller. */
    private static final int E2E_CONNECTIONS = 8;
    private final Settings settings;
    private final Results results;

    public E2ePhases(Settings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    public void run(EmbeddedPlatform platform, List<CorpusArticle> corpus, List<ExtractionAlone.Expected> expected) {
        if (expected == null) {
            results.error("e2e phases skipped: extraction alone failed, so the articles' gatherings are unknown");
            return;
        }
        try {
            run(platform, corpus, expected, BenchTokens.issue(platform, "ingest", "read", "admin"));
        } catch (Throwable e) {
            results.error("end to end", e);
            e.printStackTrace(System.out);
        }
    }

    private void run(EmbeddedPlatform platform, List<CorpusArticle> corpus, List<ExtractionAlone.Expected> expected,
            String token) throws Exception {
        String bootstrap = platform.kafka().bootstrapServers();
        String jdbc = platform.postgres().jdbcUrl();
        ConsumerLag lag = new ConsumerLag(bootstrap);
        Quiescence quiescence = new Quiescence(lag, results);
        int quiesceSeconds = settings.quick() ? 30 : 180;
        // the closed-loop POSTs and polls of the e2e phase: the same client as the load generator JVM's
        try (LoadHttpClient client = new LoadHttpClient(token, E2E_CONNECTIONS)) {
            Http http = new Http(token);
            PlatformPhases phases = new PlatformPhases(settings, results, http, client, platform.urls(), corpus,
                    expected);
            CostReader costs = new CostReader(bootstrap, jdbc, http, platform.urls());
            phases.ready();
            phases.warmUp(settings.quick() ? 20 : 100, 10);
            // the open-loop phases run in a load generator JVM: its failure fails that phase only
            attempt("idle query", phases::idleQuery);
            phases.throughput(() -> TopicOffsets.factRecords(bootstrap), () -> StoreCounts.facts(jdbc),
                    lag::byGroup, new ProcCpu(platform.pids()), costs::snapshot);
            quiescence.await(quiesceSeconds);
            Double e2e = results.get("e2e.articlesPerSec");
            if (e2e != null && e2e >= 2) {
                // within what the platform absorbs, so that no backlog grows while the reads are measured
                results.figure("steady.share", STEADY_SHARE);
                Instant from = Instant.now();
                attempt("steady ingestion", () -> phases.steadyUnderQueryLoad(Math.floor(e2e * STEADY_SHARE),
                        lag::byGroup, new ProcCpu(platform.pids())));
                Instant to = Instant.now();
                quiescence.await(quiesceSeconds);
                attempt("steady freshness hops", () -> hops(jdbc, from, to));
            } else {
                results.error("steady ingestion: skipped, no end-to-end rate was measured");
            }
            attempt("freshness", () -> phases.freshnessUnderQueryLoad(lag::byGroup, new ProcCpu(platform.pids())));
        }
    }

    /** The steady phase's freshness hop by hop, from the stores ({@link FreshnessHops}). */
    private void hops(String jdbc, Instant from, Instant to) throws Exception {
        Map<String, Map<String, Double>> hops = FreshnessHops.between(jdbc, from, to);
        hops.forEach((hop, figures) -> figures.forEach((k, v) -> results.figure("steady.hops." + hop + "." + k, v)));
        results.detail("steady.hops", hops);
        Results.log("steady freshness by hop (ms): %s", hops);
    }

    /** A phase whose failure is reported, and the next phases still run. */
    private interface Phase {
        void run() throws Exception;
    }

    private void attempt(String name, Phase phase) {
        try {
            phase.run();
        } catch (Exception e) {
            results.error(name, e);
        }
    }
}
