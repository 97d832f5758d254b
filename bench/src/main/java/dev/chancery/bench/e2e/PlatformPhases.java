package dev.chancery.bench.e2e;

import dev.chancery.bench.cost.CostSnapshot;
import dev.chancery.bench.cpu.ExtractionAlone.Expected;
import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.bench.harness.ProcCpu;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.load.Http;
import dev.chancery.bench.load.LoadGeneratorJvm;
import dev.chancery.bench.load.LoadHttpClient;
import dev.chancery.bench.load.LoadSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The phases that drive the running platform over HTTP: readiness, warm-up, the idle query baseline, freshness at
 * a fixed offered load with the open-loop query load beside it, and sustained end-to-end throughput. The open-loop
 * loads (idle query, steady and freshness) run in a load generator JVM of their own ({@link LoadGeneratorJvm}), so
 * that this JVM's pauses (it hosts the Kafka broker) do not stall them; the rest runs here.
 */
public final class PlatformPhases {
    /** Figure names of the CPU groups ({@link ProcCpu#snapshot()}). */
    private static final Map<String, String> CPU_KEYS = Map.of(ProcCpu.BENCH_JVM_WITH_LOAD, "benchJvm",
            ProcCpu.BENCH_JVM, "benchJvm", ProcCpu.LOAD_GENERATOR_JVM, "loadGeneratorJvm");
    private final PlatformUnderTest platform;

    public PlatformPhases(Settings settings, Results results, Http http, LoadHttpClient client,
            Map<String, String> urls, List<CorpusArticle> corpus, List<Expected> expected) {
        TrackedArticles tracked = new TrackedArticles(corpus, expected);
        this.platform = new PlatformUnderTest(settings, results, http, client, urls.get("ingestion"), urls.get("query"),
                tracked);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("trackedArticles", tracked.size());
        d.put("corpusArticles", corpus.size());
        d.put("gatherings", tracked.gatherings());
        results.detail("platform.corpus", d);
    }

    /** The figure name of a CPU group. */
    static String cpuKey(String group) {
        return CPU_KEYS.getOrDefault(group, group);
    }

    /** Checks every endpoint the bench needs, with a clear message for the first that is not there. */
    public void ready() throws Exception {
        new Readiness(platform).check();
    }

    /** A short, gentle warm-up so that every service has loaded its classes and opened its connections. */
    public void warmUp(int articles, double rate) throws Exception {
        new WarmUp(platform).run(articles, rate);
    }

    /** Query latency with no ingestion running: the baseline of the loaded figure. */
    public void idleQuery() throws Exception {
        Settings settings = platform.settings();
        LoadGeneratorRun.GeneratedLoad load = new LoadGeneratorRun(platform).run("query.idle", LoadSpec.readsOnly(
                platform.http().token(), platform.query(), platform.tracked().gatherings(), settings.queryRate(),
                settings.idleQuerySeconds()), null);
        LoadFigures.reads(platform.results(), "query.idle", load.report().reads(), load);
    }

    /**
     * Freshness at the offered load of the target ({@code freshnessRate} POSTs/s, more than this machine absorbs),
     * with the query load at the same time: figures {@code freshness.*} and {@code query.load.*}.
     */
    public void freshnessUnderQueryLoad(Supplier<Map<String, Long>> lags, ProcCpu cpu) throws Exception {
        new IngestingPhase(platform).run(platform.settings().freshnessRate(), "freshness", "query.load", lags, cpu);
    }

    /**
     * The same at a steady rate the platform absorbs ({@code rate}, e.g. a quarter of its measured end-to-end
     * rate), so that reads and freshness are measured while ingestion runs without a growing backlog: figures
     * {@code steady.freshness.*} and {@code query.steady.*}.
     */
    public void steadyUnderQueryLoad(double rate, Supplier<Map<String, Long>> lags, ProcCpu cpu) throws Exception {
        new IngestingPhase(platform).run(rate, "steady.freshness", "query.steady", lags, cpu);
    }

    /** Sustained end-to-end throughput, closed loop ({@link ThroughputPhase}). */
    public void throughput(LongSupplier busRecords, LongSupplier storeFacts, Supplier<Map<String, Long>> lags,
            ProcCpu cpu, Supplier<CostSnapshot> costs) throws Exception {
        new ThroughputPhase(platform).run(busRecords, storeFacts, lags, cpu, costs);
    }
}
