package dev.chancery.bench.harness;

import dev.chancery.bench.store.FreshnessHops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.chancery.bench.harness.ReportRow.atMost;
import static dev.chancery.bench.harness.ReportRow.ratioAtLeast;

/** Turns a run's figures into rows: figure, measured, baseline, ratio, target, PASS/MISS; prints the table. */
public final class Report {
    public static final String[] SERVICES = {"query", "ingestion", "extraction", "verification"};
    public static final double MEMORY_BUDGET_MB = 300;
    /** Extraction holds the dependency parser's models in its 384 MB heap: that heap + 150 MB (issue 23). */
    public static final double EXTRACTION_MEMORY_BUDGET_MB = 384 + 150;
    /** What the platform may spend per article beyond the extractor's own CPU (issue 23). */
    public static final double OVERHEAD_TARGET_MS = 15;
    /** The cost of an article, counted: figure suffix and label. */
    private static final String[][] COUNTS = {{"facts.bus", "facts on the bus"},
            {"facts.bus.chancery.articles.v1", "facts on chancery.articles.v1"},
            {"facts.bus.chancery.claims.v1", "facts on chancery.claims.v1"},
            {"facts.bus.chancery.verdicts.v2", "facts on chancery.verdicts.v2"},
            {"transactions", "transactions, all services"}, {"transactions.ingestion", "transactions, ingestion"},
            {"transactions.extraction", "transactions, extraction"},
            {"transactions.verification", "transactions, verification"}, {"transactions.query", "transactions, query"},
            {"commits.database", "commits in PostgreSQL (every client)"}, {"rows", "rows written, all schemas"},
            {"rows.ingestion", "rows written, ingestion"}, {"rows.extraction", "rows written, extraction"},
            {"rows.verification", "rows written, verification"}, {"rows.query", "rows written, query"}};

    private final Results r;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    public Report(Results results) {
        this.r = results;
    }

    public List<Map<String, Object>> rows() {
        rows.clear();
        int cores = ((Number) r.machine.getOrDefault("cores", 1)).intValue();
        Double extractionN = r.get("extraction.nt.articlesPerSec");
        String nName = "extraction alone, " + fmtInt(r.get("extraction.threads")) + " threads (" + cores + " cores)";

        row("e2e.throughput", "End to end: POST -> in invitations", "articles/s", r.get("e2e.articlesPerSec"),
                nName, extractionN, ">= 0.60 x baseline", ratioAtLeast(r.get("e2e.articlesPerSec"), extractionN, 0.60));
        row("e2e.bus", "End to end: facts on the bus", "facts/s", r.get("e2e.factsPerSecBus"),
                "Kafka ProducerPerformance", r.get("kafka.pp.recordsPerSec"), null, null);
        row("e2e.store", "End to end: facts into the stores", "facts/s", r.get("e2e.factsPerSecStore"),
                "PostgreSQL COPY", r.get("copy.rowsPerSec"), null, null);

        Double perArticle = r.get("extraction.1t.msPerArticle");
        String[][] cpu = {{"machine", "whole machine"}, {"postgres", "PostgreSQL"},
                {"benchJvm", "broker + load (bench JVM)"}, {"query", "query"}, {"ingestion", "ingestion"},
                {"extraction", "extraction"}, {"verification", "verification"}};
        for (String[] c : cpu) {
            row("e2e.cpu." + c[0], "End to end: CPU ms per article, " + c[1], "ms",
                    r.get("e2e.cpuMsPerArticle." + c[0]), "extraction alone, ms per article", perArticle, null, null);
        }
        Double aloneMs = extractionN == null || r.get("extraction.threads") == null ? null
                : r.get("extraction.threads") * 1000 / extractionN;
        Double overhead = r.get("e2e.cpuMsPerArticle.machine") == null || aloneMs == null ? null
                : r.get("e2e.cpuMsPerArticle.machine") - aloneMs;
        row("e2e.overhead", "Platform overhead per article: machine CPU minus extraction alone's", "ms", overhead,
                "extraction alone, CPU ms per article (" + nName + ")", aloneMs, "<= 15 ms",
                atMost(overhead, OVERHEAD_TARGET_MS));
        for (String[] c : COUNTS) {
            row("e2e.perArticle." + c[0], "End to end, per article: " + c[1], "count", r.get("e2e.perArticle." + c[0]),
                    "(counted over the e2e window)", null, null, null);
        }
        Double unseen = r.get("freshness.unseen");
        String bound = unseen != null && unseen > 0 ? " (lower bound: " + fmtInt(unseen) + " never seen)" : "";

        row("freshness.p50", "Freshness p50 at " + fmtInt(r.get("freshness.offeredPerSec")) + " articles/s" + bound, "ms",
                r.get("freshness.p50Ms"), "extraction alone, ms per article", perArticle, null, null);
        // the 2 s target holds at 50 articles/s only where that is within the measured capacity
        boolean within = r.get("freshness.offeredPerSec") != null && r.get("e2e.articlesPerSec") != null
                && r.get("freshness.offeredPerSec") <= r.get("e2e.articlesPerSec");
        row("freshness.p99", "Freshness p99 at " + fmtInt(r.get("freshness.offeredPerSec")) + " articles/s" + bound
                        + (within ? "" : " (beyond capacity)"), "ms", r.get("freshness.p99Ms"),
                "extraction alone, ms per article", perArticle, within ? "<= 2000 ms" : null,
                within ? atMost(r.get("freshness.p99Ms"), 2000) : null);
        row("freshness.rate", "Freshness: achieved ingest rate", "articles/s", r.get("freshness.achievedPerSec"),
                "offered", r.get("freshness.offeredPerSec"), null, null);

        String over = " req/s, ingesting " + fmtInt(r.get("freshness.offeredPerSec")) + " articles/s offered";
        row("query.p50", "Invitations p50 at " + fmtInt(r.get("query.load.offeredPerSec")) + over,
                "ms", r.get("query.load.p50Ms"), "same load, idle platform", r.get("query.idle.p50Ms"), null, null);
        row("query.p99", "Invitations p99 at " + fmtInt(r.get("query.load.offeredPerSec")) + over,
                "ms", r.get("query.load.p99Ms"), "same load, idle platform", r.get("query.idle.p99Ms"), "<= 25 ms",
                atMost(r.get("query.load.p99Ms"), 25));
        row("query.max", "Invitations max, ingesting", "ms", r.get("query.load.maxMs"), "same load, idle platform",
                r.get("query.idle.maxMs"), null, null);
        row("query.rate", "Invitations achieved rate, ingesting", "req/s", r.get("query.load.achievedPerSec"),
                "offered", r.get("query.load.offeredPerSec"), null, null);
        row("query.benchGc", "Load generator JVM's longest GC pause in that load", "ms",
                r.get("query.load.benchJvmGcMaxPauseMs"), "same load, idle platform",
                r.get("query.idle.benchJvmGcMaxPauseMs"), null, null);
        queryGcRows("query", "query.load");

        Double steadyUnseen = r.get("steady.freshness.unseen");
        String steadyBound = steadyUnseen != null && steadyUnseen > 0
                ? " (lower bound: " + fmtInt(steadyUnseen) + " never seen)" : "";
        String share = " articles/s (" + r.get("steady.share") + " x the e2e rate)";
        String steady = " at " + fmtInt(r.get("query.steady.offeredPerSec")) + " req/s, ingesting "
                + fmtInt(r.get("steady.freshness.offeredPerSec")) + share;
        row("steady.query.p50", "Invitations p50" + steady, "ms", r.get("query.steady.p50Ms"),
                "same load, idle platform", r.get("query.idle.p50Ms"), null, null);
        row("steady.query.p99", "Invitations p99" + steady, "ms", r.get("query.steady.p99Ms"),
                "same load, idle platform", r.get("query.idle.p99Ms"), "<= 25 ms",
                atMost(r.get("query.steady.p99Ms"), 25));
        row("steady.query.max", "Invitations max" + steady, "ms", r.get("query.steady.maxMs"),
                "same load, idle platform", r.get("query.idle.maxMs"), null, null);
        row("steady.query.rate", "Invitations achieved rate" + steady, "req/s", r.get("query.steady.achievedPerSec"),
                "offered", r.get("query.steady.offeredPerSec"), null, null);
        row("steady.query.benchGc", "Load generator JVM's longest GC pause in that load", "ms",
                r.get("query.steady.benchJvmGcMaxPauseMs"), "same load, idle platform",
                r.get("query.idle.benchJvmGcMaxPauseMs"), null, null);
        queryGcRows("steady.query", "query.steady");
        row("steady.freshness.p50", "Freshness p50 at " + fmtInt(r.get("steady.freshness.offeredPerSec"))
                + share + steadyBound, "ms", r.get("steady.freshness.p50Ms"),
                "extraction alone, ms per article", perArticle, null, null);
        row("steady.freshness.p99", "Freshness p99 at " + fmtInt(r.get("steady.freshness.offeredPerSec"))
                + share + steadyBound, "ms", r.get("steady.freshness.p99Ms"),
                "extraction alone, ms per article", perArticle, "<= 2000 ms", atMost(r.get("steady.freshness.p99Ms"), 2000));
        hopRows(" (steady phase)");

        row("extraction.1t.articles", "Extraction alone, 1 core", "articles/s", r.get("extraction.1t.articlesPerSec"),
                "(baseline: pipeline CPU limit)", null, null, null);
        row("extraction.1t.sentences", "Extraction alone, 1 core", "sentences/s",
                r.get("extraction.1t.sentencesPerSec"), "(baseline: pipeline CPU limit)", null, null, null);
        Double oneCore = r.get("extraction.1t.articlesPerSec");
        Double threads = r.get("extraction.threads");
        row("extraction.nt.articles", "Extraction alone, " + fmtInt(threads) + " threads", "articles/s", extractionN,
                "1 core x " + fmtInt(threads), oneCore == null || threads == null ? null : oneCore * threads, null, null);
        row("extraction.c1.articles", "Extraction alone, 1 core, the extraction service's JVM options", "articles/s",
                r.get("extraction.c1.articlesPerSec"), "1 core, C2", oneCore, null, null);

        Double complete = r.get("replay.complete");
        String replayLabel = "Replay: rebuild projections from the topics" + (complete != null && complete == 0
                ? " (partial: " + fmtInt(r.get("replay.applied")) + " of " + fmtInt(r.get("replay.records")) + ")"
                : complete != null ? " (" + fmtInt(r.get("replay.records")) + " facts)" : "");
        row("replay", replayLabel, "facts/s", r.get("replay.factsPerSec"),
                "PostgreSQL COPY, same fact rows", r.get("copy.rowsPerSec"), ">= 0.50 x baseline",
                ratioAtLeast(r.get("replay.factsPerSec"), r.get("copy.rowsPerSec"), 0.50));
        row("replay.produce", "Replay facts produced (raw producer)", "facts/s", r.get("replay.produce.recordsPerSec"),
                "Kafka ProducerPerformance", r.get("kafka.pp.recordsPerSec"), null, null);
        row("kafka.pp", "Baseline: Kafka ProducerPerformance", "records/s", r.get("kafka.pp.recordsPerSec"),
                "(baseline: bus limit, " + fmtInt(r.get("kafka.pp.recordBytes")) + " B records)", null, null, null);
        row("copy", "Baseline: PostgreSQL COPY into facts tables", "rows/s", r.get("copy.rowsPerSec"),
                "(baseline: store limit)", null, null, null);

        for (String s : SERVICES) {
            Double mb = r.get("memory." + s + ".peakMB");
            double budget = s.equals("extraction") ? EXTRACTION_MEMORY_BUDGET_MB : MEMORY_BUDGET_MB;
            row("memory." + s, "Peak RSS " + s, "MB", mb, "budget", budget, String.format("<= %.0f MB", budget),
                    atMost(mb, budget));
        }
        return rows;
    }

    /** The query service's collections during a read load ({@code phase}), beside the idle reads'. */
    private void queryGcRows(String id, String phase) {
        row(id + ".queryGc", "Query JVM's collection pauses in that load, young + full", "ms",
                sum(r.get(phase + ".queryJvmGcYoungMs"), r.get(phase + ".queryJvmGcFullMs")),
                "same load, idle platform",
                sum(r.get("query.idle.queryJvmGcYoungMs"), r.get("query.idle.queryJvmGcFullMs")), null, null);
        row(id + ".queryFullGc", "Query JVM's full collections in that load", "count",
                r.get(phase + ".queryJvmGcFullCount"), "same load, idle platform",
                r.get("query.idle.queryJvmGcFullCount"), null, null);
    }

    private static Double sum(Double a, Double b) {
        return a == null || b == null ? null : a + b;
    }

    /** The steady phase's freshness hop by hop (bench/store/FreshnessHops), p50 and p99 each. */
    private void hopRows(String phase) {
        Map<String, String> names = Map.of(
                "ingestedToExtracted", "article recorded -> its claim recorded (relay, bus, extraction)",
                "extractedToVerified", "claim recorded -> verdict recorded (relay, bus, verification)",
                "verifiedToApplied", "verdict recorded -> claim and verdict applied by query (relay, bus, query)",
                "ingestedToApplied", "article recorded -> applied by query (the answer's cache not included)");
        for (String hop : FreshnessHops.HOPS) {
            for (String p : List.of("p50", "p99")) {
                row("steady.hops." + hop + "." + p, "Freshness hop " + p + phase + ": " + names.get(hop), "ms",
                        r.get("steady.hops." + hop + "." + p + "Ms"), "(from the query's tables)", null, null, null);
            }
        }
    }

    private void row(String id, String figure, String unit, Double measured, String baselineName, Double baseline,
            String target, Boolean pass) {
        rows.add(new ReportRow(id, figure, unit, measured, baselineName, baseline, target, pass).asMap());
    }

    public String table() {
        return ReportTable.format(rows.isEmpty() ? rows() : rows);
    }

    private static String fmtInt(Double d) {
        return d == null ? "?" : String.valueOf(Math.round(d));
    }
}
