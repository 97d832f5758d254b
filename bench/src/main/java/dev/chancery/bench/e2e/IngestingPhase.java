package dev.chancery.bench.e2e;

import dev.chancery.bench.harness.ProcCpu;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.load.LatencyMs;
import dev.chancery.bench.load.LoadGeneratorJvm;
import dev.chancery.bench.load.LoadOutcome;
import dev.chancery.bench.load.LoadReport;
import dev.chancery.bench.load.LoadSpec;
import dev.chancery.bench.load.OpenLoopSchedule;
import dev.chancery.bench.load.PreparedPosts;
import org.HdrHistogram.Histogram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Ingestion at a fixed offered rate with the query load beside it: freshness and reads while ingesting. */
final class IngestingPhase {
    private final PlatformUnderTest p;
    private final Settings settings;
    private final Results results;

    IngestingPhase(PlatformUnderTest platform) {
        this.p = platform;
        this.settings = platform.settings();
        this.results = platform.results();
    }

    /**
     * Open-loop POSTs at {@code rate}/s with the open-loop reads of the same gatherings at {@code queryRate}; the
     * reads detect visibility (resolution: each gathering read every gatherings/queryRate seconds). The groups' lag
     * is logged every 10 s and each group's largest kept ({@code details.<fresh>.maxConsumerLag}); the CPU each
     * process used while posting and reading is recorded in cores ({@code <fresh>.cpuCores.*}).
     */
    void run(double rate, String fresh, String query, Supplier<Map<String, Long>> lags, ProcCpu cpu)
            throws Exception {
        try (LagLog lagLog = new LagLog(fresh, lags)) {
            LoadGeneratorRun.GeneratedLoad load = new LoadGeneratorRun(p).run(fresh, spec(rate, fresh), cpu);
            load.cpuCores().forEach((k, c) -> results.figure(fresh + ".cpuCores." + PlatformPhases.cpuKey(k), c));
            Results.log("%s: CPU in cores while posting and reading %s", fresh, load.cpuCores());
            LoadReport report = load.report();
            report.errors().forEach(e -> results.error(fresh + ": " + OneLine.of(e)));
            LoadFigures.reads(results, query, report.reads(), load);
            freshness(rate, fresh, report, lagLog.max());
            Histogram h = report.freshness().delays();
            Histogram reads = report.reads().latency();
            Results.log("%s at %.0f/s: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d seen, %d not seen); "
                    + "invitations at %.0f/s: p50 %.1f ms p99 %.1f ms max %.1f ms, achieved %.1f/s; longest GC "
                    + "pause: load generator JVM %s ms, bench JVM (broker) %s ms; query JVM's collections %s",
                    fresh, rate, LatencyMs.at(h, 50), LatencyMs.at(h, 99), LatencyMs.max(h),
                    report.freshness().visible(), report.freshness().notVisibleAfterDrain(), settings.queryRate(),
                    LatencyMs.at(reads, 50), LatencyMs.at(reads, 99), LatencyMs.max(reads),
                    report.reads().number("achievedPerSec"), report.reads().generatorJvmGcPauses().get("maxMs"),
                    load.brokerJvmGcPauses().get("maxMs"), load.queryJvmGc());
        }
    }

    /** The loads' spec, with the articles prepared here, so that ids and feed times follow this JVM's counter. */
    private LoadSpec spec(double rate, String fresh) throws Exception {
        long count = new OpenLoopSchedule(rate, settings.freshnessSeconds()).requests();
        List<PreparedPosts.Post> prepared = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            prepared.add(p.tracked().prepare());
        }
        Path postsFile = settings.home().resolve("bench/target/run/load-generator").resolve(fresh)
                .resolve("posts.jsonl");
        PreparedPosts.write(postsFile, prepared);
        return new LoadSpec(p.http().token(), p.query(), p.tracked().gatherings(), settings.queryRate(),
                settings.freshnessSeconds(), p.articlesUrl(), rate, postsFile.toString(), settings.quick() ? 30 : 90);
    }

    private void freshness(double rate, String fresh, LoadReport report, Map<String, Long> maxLag) {
        LoadOutcome posts = report.posts();
        LoadReport.Freshness seen = report.freshness();
        Histogram h = seen.delays();
        results.figure(fresh + ".offeredPerSec", rate);
        results.figure(fresh + ".achievedPerSec", posts.number("achievedPerSec"));
        results.figure(fresh + ".postP99Ms", LatencyMs.at(posts.latency(), 99));
        results.figure(fresh + ".samples", h.getTotalCount());
        results.figure(fresh + ".unseen", seen.notVisibleAfterDrain());
        if (h.getTotalCount() > 0) {
            results.figure(fresh + ".p50Ms", LatencyMs.at(h, 50));
            results.figure(fresh + ".p90Ms", LatencyMs.at(h, 90));
            results.figure(fresh + ".p99Ms", LatencyMs.at(h, 99));
            results.figure(fresh + ".maxMs", LatencyMs.max(h));
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("posts", posts.summary());
        d.put("accepted", seen.accepted());
        d.put("visible", seen.visible());
        d.put("notVisibleAfterDrain", seen.notVisibleAfterDrain());
        d.put("percentilesAreLowerBounds", seen.notVisibleAfterDrain() > 0);
        d.put("resolutionMs", 1000.0 * p.tracked().gatherings().size() / settings.queryRate());
        d.put("measuredFrom", "the 201 response's arrival at the client");
        d.put("measuredTo", "arrival of the first invitations response listing the article among the sources");
        d.put("loadGeneratorJvm", LoadGeneratorJvm.JVM_OPTIONS);
        d.put("maxConsumerLag", maxLag);
        results.detail(fresh, d);
    }
}
