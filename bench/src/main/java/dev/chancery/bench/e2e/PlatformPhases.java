package dev.chancery.bench.e2e;

import dev.chancery.bench.harness.Corpus;
import dev.chancery.bench.harness.CpuShare;
import dev.chancery.bench.harness.ProcCpu;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.bench.cpu.ExtractionAlone.Expected;
import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.load.GcPauses;
import dev.chancery.bench.load.Http;
import dev.chancery.bench.load.LatencyMs;
import dev.chancery.bench.load.LoadHttpClient;
import dev.chancery.bench.load.OpenLoopSchedule;
import dev.chancery.bench.load.Visibility;
import dev.chancery.bench.load.LoadGeneratorJvm;
import dev.chancery.bench.load.LoadOutcome;
import dev.chancery.bench.load.LoadReport;
import dev.chancery.bench.load.LoadSpec;
import dev.chancery.bench.load.PreparedPosts;
import dev.chancery.bench.load.ServiceGc;
import org.HdrHistogram.Histogram;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The phases that drive the running platform over HTTP: readiness, warm-up, the idle query baseline, freshness at
 * a fixed offered load with the open-loop query load beside it, and sustained end-to-end throughput. The open-loop
 * loads (idle query, steady and freshness) run in a load generator JVM of their own ({@link LoadGeneratorJvm}), so
 * that this JVM's pauses (it hosts the Kafka broker) do not stall them; the rest runs here.
 */
public final class PlatformPhases {
    private final Settings settings;
    private final Results results;
    private final Http http;
    private final LoadHttpClient client;
    private final String ingestion;
    private final String query;
    private final List<CorpusArticle> tracked = new ArrayList<>();
    private final List<Set<String>> trackedGatherings = new ArrayList<>();
    private final List<String> gatherings;
    private final AtomicInteger next = new AtomicInteger();
    /** Figure names of the CPU groups ({@link ProcCpu#snapshot()}). */
    private static final Map<String, String> CPU_KEYS = Map.of(ProcCpu.BENCH_JVM_WITH_LOAD, "benchJvm",
            ProcCpu.BENCH_JVM, "benchJvm", ProcCpu.LOAD_GENERATOR_JVM, "loadGeneratorJvm");
    private static final long POST_TIMEOUT_SECONDS = 30;
    private final String runTag = Long.toString(System.currentTimeMillis(), 36);

    public PlatformPhases(Settings settings, Results results, Http http, LoadHttpClient client,
            Map<String, String> urls,
            List<CorpusArticle> corpus, List<Expected> expected) {
        this.settings = settings;
        this.results = results;
        this.http = http;
        this.client = client;
        this.ingestion = urls.get("ingestion");
        this.query = urls.get("query");
        Set<String> all = new LinkedHashSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (!expected.get(i).gatherings().isEmpty()) {
                tracked.add(corpus.get(i));
                trackedGatherings.add(expected.get(i).gatherings());
                all.addAll(expected.get(i).gatherings());
            }
        }
        this.gatherings = new ArrayList<>(all);
        if (tracked.isEmpty()) {
            throw new IllegalStateException("no generated article carries an invitation claim to a gathering: "
                    + "nothing to watch in /api/v1/gatherings/{id}/invitations");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("trackedArticles", tracked.size());
        d.put("corpusArticles", corpus.size());
        d.put("gatherings", gatherings);
        results.detail("platform.corpus", d);
    }

    private String invitationsUrl(String gathering) {
        return Visibility.invitationsUrl(query, gathering);
    }

    /** Posts the next tracked article; returns its id on 201, or null (with the status logged) otherwise. */
    private Posted post() throws Exception {
        int n = next.getAndIncrement();
        int k = n % tracked.size();
        LoadHttpClient.Reply r = client.postJson(ingestion + "/api/v1/articles",
                tracked.get(k).json(runTag + "-" + n, Corpus.feedTime(n))).toCompletableFuture()
                .get(POST_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long at = System.nanoTime();
        String body = new String(r.body(), StandardCharsets.UTF_8);
        return new Posted(r.status(), r.status() == 201 ? id(body) : null, at, trackedGatherings.get(k), body);
    }

    private record Posted(int status, String id, long acceptedNanos, Set<String> gatherings, String body) {
    }

    private static String id(String body) throws Exception {
        JsonNode node = Results.JSON.readTree(body);
        return node.path("id").asText(null);
    }

    /** Checks every endpoint the bench needs, with a clear message for the first that is not there. */
    public void ready() throws Exception {
        // keep the gatherings the query service knows (an unknown id is a 404 by contract)
        Set<String> known = new LinkedHashSet<>();
        String failure = null;
        for (String g : gatherings) {
            HttpResponse<String> inv = http.send(http.get(invitationsUrl(g)));
            if (inv.statusCode() == 200) {
                known.add(g);
            } else if (failure == null) {
                failure = "GET " + invitationsUrl(g) + " answered " + inv.statusCode() + " " + abbreviate(inv.body());
            }
        }
        if (known.isEmpty()) {
            throw new IllegalStateException("query service not ready: " + failure);
        }
        if (known.size() < gatherings.size()) {
            Results.log("not watched (the query service does not know them): %s; e.g. %s",
                    gatherings.stream().filter(g -> !known.contains(g)).toList(), failure);
        }
        for (int i = tracked.size() - 1; i >= 0; i--) {
            Set<String> keep = new LinkedHashSet<>(trackedGatherings.get(i));
            keep.retainAll(known);
            if (keep.isEmpty()) {
                tracked.remove(i);
                trackedGatherings.remove(i);
            } else {
                trackedGatherings.set(i, keep);
            }
        }
        gatherings.retainAll(known);
        results.detail("platform.watched", Map.of("articles", tracked.size(), "gatherings", gatherings));
        if (tracked.isEmpty()) {
            throw new IllegalStateException("no generated article names a gathering the query service knows");
        }
        Posted first = post();
        if (first.status() != 201 || first.id() == null) {
            throw new IllegalStateException("ingestion service not ready: POST " + ingestion + "/api/v1/articles "
                    + "answered " + first.status() + " " + abbreviate(first.body()));
        }
        Visibility v = new Visibility();
        v.register(first.id(), first.acceptedNanos(), first.gatherings());
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (v.visibleCount() == 0 && System.nanoTime() < deadline) {
            for (String g : first.gatherings()) {
                v.poll(client, invitationsUrl(g));
            }
            Thread.sleep(200);
        }
        if (v.visibleCount() == 0) {
            HttpResponse<String> progress = http.send(http.get(ingestion + "/api/v1/articles/" + first.id()));
            throw new IllegalStateException("pipeline not working end to end: article " + first.id()
                    + " (invitation to " + first.gatherings() + ") not visible in the invitations after 180 s; "
                    + "ingestion's progress says " + progress.statusCode() + " " + abbreviate(progress.body()));
        }
        double seconds = (System.nanoTime() - first.acceptedNanos()) / 1e9;
        Results.log("pipeline ready: first article visible in invitations %.1f s after its 201", seconds);
        results.figure("ready.firstArticleSeconds", seconds);
    }

    /** A short, gentle warm-up so that every service has loaded its classes and opened its connections. */
    public void warmUp(int articles, double rate) throws Exception {
        Visibility v = new Visibility();
        OpenLoopSchedule schedule = new OpenLoopSchedule(rate, articles / rate);
        long start = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            long wait = schedule.dueNanos(start, i) - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            try {
                Posted p = post();
                if (p.id() != null) {
                    v.register(p.id(), p.acceptedNanos(), p.gatherings());
                }
            } catch (java.io.IOException e) {
                results.error("warm-up: POST failed: " + e);
            }
        }
        v.drain(client, this::invitationsUrl, 90, 100);
        Results.log("warm-up: %d articles posted, %d visible, %d not seen", articles, v.visibleCount(),
                v.pendingCount());
    }

    /** What a load generator JVM measured, with what this JVM measured over the same window. */
    private record GeneratedLoad(LoadReport report, Map<String, Object> brokerJvmGcPauses,
            Map<String, Double> cpuCores, Map<String, Object> queryJvmGc) {
    }

    /**
     * Runs {@code spec} in a load generator JVM; over the window of its loads (from its signals), records this JVM's
     * own pauses (the broker's), the query service's collections (from its metrics) and, with {@code cpu}, the CPU
     * each process used, in cores (the load generator JVM as a group of its own). A failure of that JVM is an
     * exception that says what went wrong.
     */
    private GeneratedLoad generate(String phase, LoadSpec spec, ProcCpu cpu) throws Exception {
        Path dir = settings.home().resolve("bench/target/run/load-generator").resolve(phase);
        try (LoadGeneratorJvm generator = LoadGeneratorJvm.start(spec, dir)) {
            ProcCpu processes = cpu == null ? null : cpu.withLoadGenerator(generator.pid());
            generator.awaitLoadsStarted(Duration.ofSeconds(120));
            Map<String, Double> cpu0 = processes == null ? null : processes.snapshot();
            ServiceGc.Totals queryGc0 = ServiceGc.read(http, query);
            long t0 = System.nanoTime();
            Map<String, Object> brokerPauses;
            try (GcPauses pauses = GcPauses.start()) {
                // the generator waits up to 30 s for the last answers after the last request
                generator.awaitLoadsDone(Duration.ofSeconds((long) spec.seconds() + 90));
                brokerPauses = pauses.summary();
            }
            ServiceGc.Totals queryGc1 = ServiceGc.read(http, query);
            Map<String, Object> queryGc = queryGc0 == null || queryGc1 == null ? Map.of() : queryGc1.since(queryGc0);
            Map<String, Double> cores = processes == null ? Map.of()
                    : CpuShare.cores(ProcCpu.between(cpu0, processes.snapshot()), (System.nanoTime() - t0) / 1e9);
            LoadReport report = generator.report(Duration.ofSeconds((long) spec.drainSeconds() + 120));
            return new GeneratedLoad(report, brokerPauses, cores, queryGc);
        }
    }

    /** Query latency with no ingestion running: the baseline of the loaded figure. */
    public void idleQuery() throws Exception {
        GeneratedLoad load = generate("query.idle", LoadSpec.readsOnly(http.token(), query, gatherings,
                settings.queryRate(), settings.idleQuerySeconds()), null);
        put("query.idle", load.report().reads(), load);
    }

    /**
     * Freshness at the offered load of the target ({@code freshnessRate} POSTs/s, more than this machine absorbs),
     * with the query load at the same time: figures {@code freshness.*} and {@code query.load.*}.
     */
    public void freshnessUnderQueryLoad(Supplier<Map<String, Long>> lags, ProcCpu cpu) throws Exception {
        ingestUnderQueryLoad(settings.freshnessRate(), "freshness", "query.load", lags, cpu);
    }

    /**
     * The same at a steady rate the platform absorbs ({@code rate}, e.g. a quarter of its measured end-to-end
     * rate), so that reads and freshness are measured while ingestion runs without a growing backlog: figures
     * {@code steady.freshness.*} and {@code query.steady.*}.
     */
    public void steadyUnderQueryLoad(double rate, Supplier<Map<String, Long>> lags, ProcCpu cpu) throws Exception {
        ingestUnderQueryLoad(rate, "steady.freshness", "query.steady", lags, cpu);
    }

    /**
     * Freshness at a fixed offered load (open loop, {@code rate} POSTs/s), with the open-loop query load reading the
     * invitations of the same gatherings at {@code queryRate}; the query responses are what detect visibility
     * (resolution: one read of each gathering every gatherings/queryRate seconds). The consumer groups' lag is
     * logged every 10 s and the largest of each group kept ({@code details.<fresh>.maxConsumerLag}); the CPU each
     * process used while posting and reading is recorded in cores ({@code <fresh>.cpuCores.*}).
     */
    private void ingestUnderQueryLoad(double rate, String fresh, String query, Supplier<Map<String, Long>> lags,
            ProcCpu cpu) throws Exception {
        Map<String, Long> maxLag = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicBoolean phaseOver = new AtomicBoolean();
        // a flag, not only the interrupt: the lag read may swallow an interrupt that arrives while it waits on Kafka
        Thread lagLog = new Thread(() -> {
            try {
                while (!phaseOver.get()) {
                    Thread.sleep(10_000);
                    if (phaseOver.get()) {
                        return;
                    }
                    Map<String, Long> now = lags.get();
                    now.forEach((group, lag) -> maxLag.merge(group, lag, Math::max));
                    Results.log("%s: consumer lag %s", fresh, now);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                Results.log("%s: consumer lag not read: %s", fresh, e);
            }
        }, "lag-log");
        lagLog.setDaemon(true);
        lagLog.start();
        try {
            ingestAndRead(rate, fresh, query, cpu, maxLag);
        } finally {
            phaseOver.set(true);
            lagLog.interrupt();
        }
    }

    private void ingestAndRead(double rate, String fresh, String query, ProcCpu cpu, Map<String, Long> maxLag)
            throws Exception {
        // prepared here, so that ids and feed times follow this JVM's article counter as in the other phases
        long count = new OpenLoopSchedule(rate, settings.freshnessSeconds()).requests();
        List<PreparedPosts.Post> prepared = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            int n = next.getAndIncrement();
            int k = n % tracked.size();
            prepared.add(new PreparedPosts.Post(tracked.get(k).json(runTag + "-" + n, Corpus.feedTime(n)),
                    trackedGatherings.get(k)));
        }
        Path postsFile = settings.home().resolve("bench/target/run/load-generator").resolve(fresh)
                .resolve("posts.jsonl");
        PreparedPosts.write(postsFile, prepared);
        LoadSpec spec = new LoadSpec(http.token(), this.query, gatherings, settings.queryRate(),
                settings.freshnessSeconds(), ingestion + "/api/v1/articles", rate, postsFile.toString(),
                settings.quick() ? 30 : 90);
        GeneratedLoad load = generate(fresh, spec, cpu);
        load.cpuCores().forEach((k, c) -> results.figure(fresh + ".cpuCores." + CPU_KEYS.getOrDefault(k, k), c));
        Results.log("%s: CPU in cores while posting and reading %s", fresh, load.cpuCores());
        LoadReport report = load.report();
        report.errors().forEach(e -> results.error(fresh + ": " + abbreviate(e)));
        put(query, report.reads(), load);
        LoadOutcome posts = report.posts();
        LoadReport.Freshness seen = report.freshness();
        Histogram h = seen.delays();
        Histogram postLatency = posts.latency();
        results.figure(fresh + ".offeredPerSec", rate);
        results.figure(fresh + ".achievedPerSec", posts.number("achievedPerSec"));
        results.figure(fresh + ".postP99Ms", LatencyMs.at(postLatency, 99));
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
        d.put("resolutionMs", 1000.0 * gatherings.size() / settings.queryRate());
        d.put("measuredFrom", "the 201 response's arrival at the client");
        d.put("measuredTo", "arrival of the first invitations response listing the article among the sources");
        d.put("loadGeneratorJvm", LoadGeneratorJvm.JVM_OPTIONS);
        d.put("maxConsumerLag", maxLag);
        results.detail(fresh, d);
        Histogram reads = report.reads().latency();
        Results.log("%s at %.0f/s: p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d seen, %d not seen); "
                        + "invitations at %.0f/s: p50 %.1f ms p99 %.1f ms max %.1f ms, achieved %.1f/s; longest GC "
                        + "pause: load generator JVM %s ms, bench JVM (broker) %s ms; query JVM's collections %s",
                fresh, rate, LatencyMs.at(h, 50), LatencyMs.at(h, 99), LatencyMs.max(h), seen.visible(),
                seen.notVisibleAfterDrain(), settings.queryRate(), LatencyMs.at(reads, 50), LatencyMs.at(reads, 99),
                LatencyMs.max(reads),
                report.reads().number("achievedPerSec"), report.reads().generatorJvmGcPauses().get("maxMs"),
                load.brokerJvmGcPauses().get("maxMs"), load.queryJvmGc());
    }

    /**
     * The figures of a read load; {@code benchJvmGc*} (a name kept from when the generator ran in the bench JVM) are
     * the load generator JVM's own pauses, {@code brokerJvmGc*} the bench JVM's over the same window, {@code
     * queryJvmGc*} the query service's collections (young and full: how many, pauses in all).
     */
    private void put(String prefix, LoadOutcome r, GeneratedLoad load) {
        Map<String, Object> brokerJvmGcPauses = load.brokerJvmGcPauses();
        Histogram h = r.latency();
        double ok = r.number("ok");
        results.figure(prefix + ".offeredPerSec", r.number("offeredPerSec"));
        results.figure(prefix + ".achievedPerSec", r.number("achievedPerSec"));
        results.figure(prefix + ".p50Ms", LatencyMs.at(h, 50));
        results.figure(prefix + ".p90Ms", LatencyMs.at(h, 90));
        results.figure(prefix + ".p99Ms", LatencyMs.at(h, 99));
        results.figure(prefix + ".p999Ms", LatencyMs.at(h, 99.9));
        results.figure(prefix + ".maxMs", LatencyMs.max(h));
        results.figure(prefix + ".errors", r.number("errors"));
        results.figure(prefix + ".meanResponseBytes", ok == 0 ? 0 : r.number("responseBytes") / ok);
        Map<String, Object> generatorPauses = r.generatorJvmGcPauses();
        results.figure(prefix + ".benchJvmGcMaxPauseMs", number(generatorPauses.get("maxMs")));
        results.figure(prefix + ".benchJvmGcPauseMs", number(generatorPauses.get("totalMs")));
        results.figure(prefix + ".brokerJvmGcMaxPauseMs", number(brokerJvmGcPauses.get("maxMs")));
        results.figure(prefix + ".brokerJvmGcPauseMs", number(brokerJvmGcPauses.get("totalMs")));
        load.queryJvmGc().forEach((k, v) -> results.figure(prefix + ".queryJvmGc" + Character.toUpperCase(
                k.charAt(0)) + k.substring(1), number(v)));
        Map<String, Object> d = new LinkedHashMap<>(r.summary());
        d.put("brokerJvmGcPauses", brokerJvmGcPauses);
        d.put("queryJvmGc", load.queryJvmGc());
        d.put("loadGeneratorJvm", LoadGeneratorJvm.JVM_OPTIONS);
        results.detail(prefix, d);
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * Sustained end-to-end throughput: {@code posters} threads keep at most {@code e2eBacklog} articles posted but
     * not yet visible (so the pipeline is saturated without an unbounded queue); after a warm-up, the articles that
     * become visible during the window, divided by the window, are the figure. One poller reads the invitations of
     * the gatherings pending articles wait on, ten reads a second.
     */
    public void throughput(LongSupplier busRecords, LongSupplier storeFacts,
            java.util.function.Supplier<Map<String, Long>> lags, ProcCpu cpu) throws Exception {
        Visibility v = new Visibility();
        AtomicLong inWindow = new AtomicLong();
        long[] window = new long[2];
        v.onVisible(delay -> { }, at -> {
            if (at >= window[0] && at < window[1]) {
                inWindow.incrementAndGet();
            }
        });
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong rejected = new AtomicLong();
        int posters = 4;
        ExecutorService pool = Executors.newFixedThreadPool(posters + 1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < posters; t++) {
            futures.add(pool.submit(() -> {
                while (!stop.get()) {
                    if (v.pendingCount() >= settings.e2eBacklog()) {
                        Thread.sleep(5);
                        continue;
                    }
                    Posted p;
                    try {
                        p = post();
                    } catch (java.io.IOException e) {
                        if (rejected.incrementAndGet() <= 3) {
                            results.error("e2e: POST failed: " + e);
                        }
                        continue;
                    }
                    if (p.id() != null) {
                        v.register(p.id(), p.acceptedNanos(), p.gatherings());
                    } else if (rejected.incrementAndGet() <= 3) {
                        results.error("e2e: POST answered " + p.status() + " " + abbreviate(p.body()));
                    }
                }
                return null;
            }));
        }
        futures.add(pool.submit(() -> {
            while (!stop.get()) {
                for (String g : v.pendingGatherings()) {
                    if (stop.get()) {
                        break;
                    }
                    v.poll(client, invitationsUrl(g));
                    Thread.sleep(100);
                }
                Thread.sleep(10);
            }
            return null;
        }));
        long start = System.nanoTime();
        window[0] = start + (long) (settings.e2eWarmup() * 1e9);
        window[1] = window[0] + (long) (settings.e2eSeconds() * 1e9);
        Thread.sleep((long) (settings.e2eWarmup() * 1000));
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
        long bus1 = busRecords.getAsLong();
        long store1 = storeFacts.getAsLong();
        Map<String, Double> cpuUsed = ProcCpu.between(cpu0, cpu.snapshot());
        double seconds = (System.nanoTime() - t0) / 1e9;
        long posted = v.registeredCount() - registered0;
        stop.set(true);
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                results.error("e2e", e);
            }
        }
        pool.shutdown();
        v.drain(client, this::invitationsUrl, 30, 100);
        double rate = inWindow.get() / settings.e2eSeconds();
        results.figure("e2e.articlesPerSec", rate);
        results.figure("e2e.postedPerSec", posted / seconds);
        results.figure("e2e.factsPerSecBus", (bus1 - bus0) / seconds);
        results.figure("e2e.factsPerSecStore", (store1 - store0) / seconds);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("windowSeconds", settings.e2eSeconds());
        d.put("visibleInWindow", inWindow.get());
        d.put("postedInWindow", posted);
        d.put("backlogLimit", settings.e2eBacklog());
        d.put("posters", posters);
        d.put("notVisibleAfterDrain", v.pendingCount());
        d.put("busRecords", bus1 - bus0);
        d.put("storeFacts", store1 - store0);
        d.put("consumerLagEvery10s", lagSamples);
        d.put("cpuSecondsInWindow", cpuUsed);
        Map<String, Double> perArticle = CpuShare.msPerArticle(cpuUsed, inWindow.get());
        d.put("cpuMsPerVisibleArticle", perArticle);
        perArticle.forEach((k, ms) -> results.figure("e2e.cpuMsPerArticle." + CPU_KEYS.getOrDefault(k, k), ms));
        Results.log("e2e: CPU seconds in the window %s; ms per visible article %s", cpuUsed, perArticle);
        results.detail("e2e", d);
        Results.log("e2e: %.2f articles/s visible over %.0f s (%.2f posted/s), %.0f facts/s on the bus, "
                + "%.0f facts/s into the stores", rate, settings.e2eSeconds(), posted / seconds,
                (bus1 - bus0) / seconds, (store1 - store0) / seconds);
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        s = s.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
