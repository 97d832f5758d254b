package dev.chancery.bench.e2e;

import dev.chancery.bench.cost.CostSnapshot;
import dev.chancery.bench.harness.CpuShare;
import dev.chancery.bench.harness.ProcCpu;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.load.Visibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Sustained end-to-end throughput: articles that become visible in the window, over the window. */
final class ThroughputPhase {
    private static final int POSTERS = 4;
    private final PlatformUnderTest p;
    private final Settings settings;
    private final Results results;

    /** What the window saw: POSTs accepted, records on the bus, facts in the stores, CPU, lag every 10 s. */
    private record Window(long posted, long bus, long store, Map<String, Double> cpuUsed,
            List<Map<String, Long>> lagSamples, double seconds, CostSnapshot costBefore, CostSnapshot costAfter) {
    }

    ThroughputPhase(PlatformUnderTest platform) {
        this.p = platform;
        this.settings = platform.settings();
        this.results = platform.results();
    }

    /**
     * The {@link ClosedLoop} saturates the pipeline; after a warm-up, the articles that become visible during the
     * window, divided by the window, are the figure; beside it the facts added to the bus and the stores per second,
     * and the CPU each process spent per visible article.
     */
    void run(LongSupplier busRecords, LongSupplier storeFacts, Supplier<Map<String, Long>> lags, ProcCpu cpu,
            Supplier<CostSnapshot> costs) throws Exception {
        Visibility v = new Visibility();
        AtomicLong inWindow = new AtomicLong();
        long windowStart = System.nanoTime() + (long) (settings.e2eWarmup() * 1e9);
        long windowEnd = windowStart + (long) (settings.e2eSeconds() * 1e9);
        v.onVisible(delay -> { }, at -> {
            if (at >= windowStart && at < windowEnd) {
                inWindow.incrementAndGet();
            }
        });
        Window w;
        try (ClosedLoop loop = new ClosedLoop(p, v, POSTERS, settings.e2eBacklog())) {
            Thread.sleep((long) (settings.e2eWarmup() * 1000));
            w = window(v, busRecords, storeFacts, lags, cpu, costs);
        }
        v.drain(p.client(), p::invitationsUrl, 30, 100);
        record(w, inWindow.get(), v.pendingCount());
    }

    private Window window(Visibility v, LongSupplier busRecords, LongSupplier storeFacts,
            Supplier<Map<String, Long>> lags, ProcCpu cpu, Supplier<CostSnapshot> costs) throws InterruptedException {
        CostSnapshot cost0 = costs.get();
        long bus0 = busRecords.getAsLong();
        long store0 = storeFacts.getAsLong();
        long visible0 = v.visibleCount();
        long registered0 = v.registeredCount();
        Map<String, Double> cpu0 = cpu.snapshot();
        long t0 = System.nanoTime();
        List<Map<String, Long>> lagSamples = new ArrayList<>();
        for (int s = 0; s < settings.e2eSeconds(); s += 10) {
            Thread.sleep((long) Math.min(10_000, (settings.e2eSeconds() - s) * 1000));
            Map<String, Long> lag = lags.get();
            lagSamples.add(lag);
            Results.log("e2e: %d visible, %d posted, %d pending; consumer lag %s", v.visibleCount() - visible0,
                    v.registeredCount() - registered0, v.pendingCount(), lag);
        }
        long bus = busRecords.getAsLong() - bus0;
        long store = storeFacts.getAsLong() - store0;
        Map<String, Double> cpuUsed = ProcCpu.between(cpu0, cpu.snapshot());
        CostSnapshot cost = costs.get();
        return new Window(v.registeredCount() - registered0, bus, store, cpuUsed, lagSamples,
                (System.nanoTime() - t0) / 1e9, cost0, cost);
    }

    private void record(Window w, long visible, int notVisible) {
        double rate = visible / settings.e2eSeconds();
        results.figure("e2e.articlesPerSec", rate);
        results.figure("e2e.postedPerSec", w.posted() / w.seconds());
        results.figure("e2e.factsPerSecBus", w.bus() / w.seconds());
        results.figure("e2e.factsPerSecStore", w.store() / w.seconds());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("windowSeconds", settings.e2eSeconds());
        d.put("visibleInWindow", visible);
        d.put("postedInWindow", w.posted());
        d.put("backlogLimit", settings.e2eBacklog());
        d.put("posters", POSTERS);
        d.put("notVisibleAfterDrain", notVisible);
        d.put("busRecords", w.bus());
        d.put("storeFacts", w.store());
        d.put("consumerLagEvery10s", w.lagSamples());
        d.put("cpuSecondsInWindow", w.cpuUsed());
        Map<String, Double> perArticle = CpuShare.msPerArticle(w.cpuUsed(), visible);
        d.put("cpuMsPerVisibleArticle", perArticle);
        perArticle.forEach((k, ms) -> results.figure("e2e.cpuMsPerArticle." + PlatformPhases.cpuKey(k), ms));
        Results.log("e2e: CPU seconds in the window %s; ms per visible article %s", w.cpuUsed(), perArticle);
        Map<String, Double> cost = w.costAfter().perArticle(w.costBefore(), visible);
        d.put("costPerVisibleArticle", cost);
        cost.forEach((k, n) -> results.figure("e2e.perArticle." + k, n));
        Results.log("e2e: per visible article: %s", cost);
        results.detail("e2e", d);
        Results.log("e2e: %.2f articles/s visible over %.0f s (%.2f posted/s), %.0f facts/s on the bus, "
                + "%.0f facts/s into the stores", rate, settings.e2eSeconds(), w.posted() / w.seconds(),
                w.bus() / w.seconds(), w.store() / w.seconds());
    }
}
