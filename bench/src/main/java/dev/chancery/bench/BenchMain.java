package dev.chancery.bench;

import dev.chancery.bench.cpu.ExtractionAlone;
import dev.chancery.bench.e2e.PlatformPhases;
import dev.chancery.bench.harness.Corpus;
import dev.chancery.bench.harness.CorpusArticle;
import dev.chancery.bench.harness.Machine;
import dev.chancery.bench.harness.ProcCpu;
import dev.chancery.bench.harness.ProcMemory;
import dev.chancery.bench.harness.Report;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.load.Http;
import dev.chancery.bench.load.LoadHttpClient;
import dev.chancery.bench.replay.ReplayBench;
import dev.chancery.embedded.EmbeddedKafka;
import dev.chancery.embedded.EmbeddedPostgresServer;
import dev.chancery.embedded.TokenIssuer;
import dev.chancery.embedded.launcher.EmbeddedPlatform;
import dev.chancery.embedded.launcher.LaunchOptions;
import dev.chancery.embedded.launcher.ServiceSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole benchmark in one JVM (run by {@code bench/run}): extraction alone, then the embedded platform (real Kafka
 * and PostgreSQL in this JVM, the four services as child JVMs) driven over loopback HTTP, then the baselines and
 * replay; prints the table and writes the JSON. A phase that fails is reported and the others still run.
 */
public final class BenchMain {
    private final Settings settings;
    private final Results results = new Results();
    private final Map<String, Long> peakRssKb = new ConcurrentHashMap<>();

    private BenchMain(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false, jfr = false, skipReplay = false, onlyReplay = false, c1Child = false;
        int serveSeconds = 0;
        Path home = Path.of(".").toAbsolutePath().normalize();
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--jfr" -> jfr = true;
                case "--skip-replay" -> skipReplay = true;
                case "--only-replay" -> onlyReplay = true;
                case "--home" -> home = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath().normalize();
                case "--extraction-child" -> c1Child = true;
                case "--serve" -> serveSeconds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: BenchMain [--quick] [--jfr] [--skip-replay | --only-replay]"
                            + " [--home DIR] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        if (skipReplay && onlyReplay) {
            System.err.println("BenchMain: --skip-replay and --only-replay together would run nothing");
            System.exit(2);
        }
        if (out == null) {
            out = onlyReplay ? home.resolve("bench/target/replay.json") : quick ? home.resolve("bench/target/quick.json")
                    : home.resolve("bench/results/latest.json");
        }
        Settings settings = Settings.of(quick, home, out, jfr, skipReplay, onlyReplay);
        if (c1Child) {
            extractionChild(settings);
            return;
        }
        if (serveSeconds > 0) {
            serve(settings, serveSeconds);
            return;
        }
        // whatever happens (Ctrl-C in the middle of a start included), no child JVM of this run outlives it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroy), "bench-stop-children"));
        int code = new BenchMain(settings).run();
        System.exit(code);
    }

    /**
     * For investigating a figure: starts the platform as the benchmark does, prints the URLs and an admin token,
     * keeps it up for the given seconds (bounded), then stops it.
     */
    private static void serve(Settings settings, int seconds) throws Exception {
        Path dir = settings.home().resolve("bench/target/serve");
        deleteTree(dir);
        EmbeddedPlatform platform = EmbeddedPlatform.start(LaunchOptions.onFreePorts(settings.home(), dir, true));
        stopOnExit(platform);
        try {
            String token = new TokenIssuer(platform.keys().privateKey()).issue("bench", Duration.ofHours(3), "ingest",
                    "read", "admin");
            Files.writeString(dir.resolve("token"), token);
            System.out.println("SERVING " + platform.urls() + " pids " + platform.pids() + " kafka "
                    + platform.kafka().bootstrapServers() + " jdbc " + platform.postgres().jdbcUrl() + " token in "
                    + dir.resolve("token") + " for " + seconds + " s");
            Thread.sleep(seconds * 1000L);
        } finally {
            closeOnce(platform);
        }
    }

    private static final java.util.Set<EmbeddedPlatform> CLOSED = ConcurrentHashMap.newKeySet();
    /**
     * The steady phase ingests at this share of the measured end-to-end rate: with the 200 reads/s beside it, half
     * the rate already kept both cores busy (measured: 1.99 cores at 11 articles/s), so a quarter leaves headroom.
     */
    private static final double STEADY_SHARE = 0.25;
    /** Connections of the e2e phase's client: its four posting threads and its poller. */
    private static final int E2E_CONNECTIONS = 8;

    /** Ctrl-C or SIGTERM stops the services and the infrastructure too, rather than leaving child JVMs behind. */
    private static void stopOnExit(EmbeddedPlatform platform) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                closeOnce(platform);
            } catch (Exception ignored) {
                // the JVM is exiting
            }
        }, "bench-stop-platform"));
    }

    private static void closeOnce(EmbeddedPlatform platform) throws Exception {
        if (CLOSED.add(platform)) {
            platform.close();
        }
    }

    /** In a JVM started with the services' options: extraction alone on one thread; prints one result line. */
    private static void extractionChild(Settings settings) throws Exception {
        List<CorpusArticle> corpus = Corpus.generate(Math.min(200, settings.corpusSize()), 42);
        ExtractionAlone alone = new ExtractionAlone(corpus);
        Results r = new Results();
        alone.measure(r, "x.", 1, settings.extractionWarmup(), settings.extractionSeconds());
        System.out.println("EXTRACTION-CHILD " + r.get("x.articlesPerSec") + " " + r.get("x.sentencesPerSec"));
    }

    private int run() throws Exception {
        Instant started = Instant.now();
        results.machine.putAll(Machine.describe());
        results.run.put("startedAt", started.toString());
        results.run.put("mode", (settings.quick() ? "quick (smoke run, not the reference figures)" : "full")
                + (settings.onlyReplay() ? ", baselines and replay only" : ""));
        results.run.put("settings", settings.toString());
        results.run.put("gitCommit", System.getProperty("bench.git", "unknown"));
        Path work = settings.home().resolve("bench/target/run");
        deleteTree(work);
        Files.createDirectories(work);

        List<CorpusArticle> corpus = Corpus.generate(settings.corpusSize(), 42);
        results.run.put("corpus", Corpus.source());
        Results.log("corpus: %d articles from %s", corpus.size(), Corpus.source());
        if (!settings.onlyReplay()) {
            extractionAndPlatformPhases(corpus, work);
        }

        // 3. Baselines and replay, on a fresh platform (only the replayed facts on its topics).
        if (!settings.skipReplay()) {
            List<String> bodies = new ArrayList<>(new LinkedHashSet<>(corpus.stream().map(CorpusArticle::body)
                    .toList()));
            EmbeddedPlatform replayPlatform = startPlatform(work.resolve("platform-replay"), "replay");
            if (replayPlatform != null) {
                try {
                    replayPhases(bodies, replayPlatform.kafka().bootstrapServers(), replayPlatform.postgres().jdbcUrl(),
                            replayPlatform, work);
                } finally {
                    finish(replayPlatform, "replay", work);
                }
            } else {
                Results.log("running the baselines on a standalone Kafka and PostgreSQL");
                try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(work.resolve("standalone/postgres"), 0,
                        true); EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("standalone/kafka"), 0)) {
                    replayPhases(bodies, kafka.bootstrapServers(), pg.jdbcUrl(), null, work);
                } catch (Throwable e) {
                    results.error("baselines", e);
                }
            }
        }
        for (Map.Entry<String, Long> e : peakRssKb.entrySet()) {
            results.figure("memory." + e.getKey() + ".peakMB", e.getValue() / 1024.0);
        }
        results.figure("memory.benchJvm.peakMB", ProcMemory.peakKb(ProcessHandle.current().pid()) / 1024.0);

        results.run.put("finishedAt", Instant.now().toString());
        results.run.put("seconds", Duration.between(started, Instant.now()).toSeconds());
        Report report = new Report(results);
        List<Map<String, Object>> rows = report.rows();
        System.out.println();
        System.out.println("Chancery benchmark (" + results.run.get("mode") + "), " + results.machine.get("cores")
                + " cores, " + results.machine.get("memoryTotalMB") + " MB, " + results.machine.get("jdk") + ", "
                + results.machine.get("os") + ", " + results.machine.get("date"));
        System.out.print(report.table());
        if (!results.errors.isEmpty()) {
            System.out.println("\nErrors:");
            results.errors.forEach(e -> System.out.println("  - " + e));
        }
        results.write(settings.out(), rows);
        System.out.println("\nwritten: " + settings.out());
        return 0;
    }

    /** 1. Extraction alone, before anything else runs on the machine; 2. the platform driven over HTTP. */
    private void extractionAndPlatformPhases(List<CorpusArticle> corpus, Path work) throws Exception {
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
            extractionWithServiceOptions();
        } catch (Throwable e) {
            results.error("extraction alone (service JVM options)", e);
        }
        System.gc();

        // 2. The platform, driven over HTTP: readiness, warm-up, idle query baseline, e2e, freshness + query load.
        EmbeddedPlatform platform = startPlatform(work.resolve("platform"), "e2e");
        if (platform != null) {
            try {
                e2ePhases(platform, corpus, expected);
            } finally {
                finish(platform, "e2e", work);
            }
        }
    }

    private EmbeddedPlatform startPlatform(Path dir, String phase) {
        try {
            Results.log("starting the embedded platform for %s (Kafka, PostgreSQL, four services) in %s", phase, dir);
            long t0 = System.nanoTime();
            EmbeddedPlatform platform = EmbeddedPlatform.start(LaunchOptions.onFreePorts(settings.home(), dir, true));
            stopOnExit(platform);
            results.figure("platform." + phase + ".startSeconds", (System.nanoTime() - t0) / 1e9);
            results.detail("platform." + phase, Map.of("urls", platform.urls(), "pids", platform.pids(),
                    "jvmOptions", ServiceSpec.ALL.stream().collect(java.util.stream.Collectors.toMap(ServiceSpec::name,
                            s -> s.jvmOptions(LaunchOptions.DEFAULT_JVM_OPTIONS))), "durable", true));
            Results.log("platform up in %.0f s: %s", (System.nanoTime() - t0) / 1e9, platform.urls());
            samplers.put(platform, memorySampler(platform.pids()));
            if (settings.jfr()) {
                jfr(platform.pids(), "start", phase);
            }
            return platform;
        } catch (Throwable e) {
            results.error("platform for " + phase + " did not start: " + oneLine(e));
            return null;
        }
    }

    private final Map<EmbeddedPlatform, Thread> samplers = new ConcurrentHashMap<>();

    /** Reads the services' peak RSS, stops JFR and the platform. */
    private void finish(EmbeddedPlatform platform, String phase, Path work) {
        Map<String, Object> peaks = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : platform.pids().entrySet()) {
            long peak = ProcMemory.peakKb(e.getValue());
            if (peak > 0) {
                peakRssKb.merge(e.getKey(), peak, Math::max);
                peaks.put(e.getKey(), peak / 1024);
            }
        }
        results.detail("memory." + phase + ".peakMB", peaks);
        if (settings.jfr()) {
            jfr(platform.pids(), "stop", phase);
        }
        Thread sampler = samplers.remove(platform);
        if (sampler != null) {
            sampler.interrupt();
        }
        Results.log("stopping the %s platform", phase);
        try {
            closeOnce(platform);
        } catch (Exception e) {
            results.error("platform stop", e);
        }
    }

    private void e2ePhases(EmbeddedPlatform platform, List<CorpusArticle> corpus,
            List<ExtractionAlone.Expected> expected) throws Exception {
        if (expected == null) {
            results.error("e2e phases skipped: extraction alone failed, so the articles' gatherings are unknown");
            return;
        }
        String token = new TokenIssuer(platform.keys().privateKey()).issue("bench", Duration.ofHours(3), "ingest",
                "read", "admin");
        Http http = new Http(token);
        String bootstrap = platform.kafka().bootstrapServers();
        String jdbc = platform.postgres().jdbcUrl();
        // the closed-loop POSTs and polls of the e2e phase: the same client as the load generator JVM's
        try (LoadHttpClient client = new LoadHttpClient(token, E2E_CONNECTIONS)) {
            PlatformPhases phases = new PlatformPhases(settings, results, http, client, platform.urls(), corpus,
                    expected);
            phases.ready();
            phases.warmUp(settings.quick() ? 20 : 100, 10);
            // the open-loop phases run in a load generator JVM: its failure fails that phase only
            try {
                phases.idleQuery();
            } catch (Exception e) {
                results.error("idle query", e);
            }
            phases.throughput(() -> busRecords(bootstrap), () -> storeFacts(jdbc), () -> lagByGroup(bootstrap),
                    new ProcCpu(platform.pids()));
            quiesce(bootstrap, settings.quick() ? 30 : 180);
            Double e2e = results.get("e2e.articlesPerSec");
            if (e2e != null && e2e >= 2) {
                // within what the platform absorbs, so that no backlog grows while the reads are measured
                results.figure("steady.share", STEADY_SHARE);
                try {
                    phases.steadyUnderQueryLoad(Math.floor(e2e * STEADY_SHARE), () -> lagByGroup(bootstrap),
                            new ProcCpu(platform.pids()));
                } catch (Exception e) {
                    results.error("steady ingestion", e);
                }
                quiesce(bootstrap, settings.quick() ? 30 : 180);
            } else {
                results.error("steady ingestion: skipped, no end-to-end rate was measured");
            }
            try {
                phases.freshnessUnderQueryLoad(() -> lagByGroup(bootstrap), new ProcCpu(platform.pids()));
            } catch (Exception e) {
                results.error("freshness", e);
            }
        } catch (Throwable e) {
            results.error("end to end", e);
            e.printStackTrace(System.out);
        }
    }

    /**
     * ProducerPerformance, the replay facts (produced, then COPY'd), then the rebuild. With a platform, all four
     * services are paused (SIGSTOP) while the baselines run and the facts are written, so that the baselines have
     * the machine and no service consumes the facts; only the query service is resumed for the rebuild.
     */
    private void replayPhases(List<String> bodies, String bootstrap, String jdbcUrl, EmbeddedPlatform platform,
            Path work) {
        ReplayBench replay = new ReplayBench(settings, results, bootstrap, work);
        List<Long> paused = new ArrayList<>();
        try {
            if (platform != null) {
                paused.addAll(platform.pids().values());
                signal("STOP", paused);
                Results.log("replay: all four services paused (SIGSTOP) while the baselines run and the facts are "
                        + "written");
            }
            try {
                replay.producerPerformance(bodies);
            } catch (Throwable e) {
                results.error("Kafka ProducerPerformance", e);
            }
            Map<String, Path> files = replay.produce(bodies, Long.toString(System.currentTimeMillis(), 36));
            try {
                replay.copy(files, jdbcUrl, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
            } catch (Throwable e) {
                results.error("PostgreSQL COPY", e);
            }
            if (platform != null) {
                long query = platform.pids().get("query");
                signal("CONT", List.of(query));
                paused.remove(query);
                Results.log("replay: query service resumed; ingestion, extraction and verification stay paused");
                String token = new TokenIssuer(platform.keys().privateKey()).issue("bench", Duration.ofHours(3),
                        "read", "admin");
                replay.rebuild(new Http(token), platform.urls().get("query"));
            }
        } catch (Throwable e) {
            results.error("replay", e);
            e.printStackTrace(System.out);
        } finally {
            signal("CONT", paused);
        }
    }

    /** Extraction alone on one thread in a JVM with exactly the extraction service's options (C1 only). */
    private void extractionWithServiceOptions() throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> options = ServiceSpec.named("extraction").jvmOptions(LaunchOptions.DEFAULT_JVM_OPTIONS);
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchMain.class.getName(),
                "--extraction-child", "--home", settings.home().toString()));
        if (settings.quick()) {
            cmd.add("--quick");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("EXTRACTION-CHILD ")) {
                    result = line;
                }
            }
        }
        p.waitFor(5, TimeUnit.MINUTES);
        if (result == null) {
            throw new IllegalStateException("the child JVM printed no result (exit " + p.exitValue() + ")");
        }
        String[] f = result.split(" ");
        results.figure("extraction.c1.articlesPerSec", Double.parseDouble(f[1]));
        results.figure("extraction.c1.sentencesPerSec", Double.parseDouble(f[2]));
        Results.log("extraction alone, 1 thread, the extraction service's JVM options %s: %.1f articles/s", options,
                Double.parseDouble(f[1]));
    }

    private Thread memorySampler(Map<String, Long> pids) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                pids.forEach((name, pid) -> {
                    long hwm = ProcMemory.peakKb(pid);
                    if (hwm > 0) {
                        peakRssKb.merge(name, hwm, Math::max);
                    }
                });
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void jfr(Map<String, Long> pids, String action, String phase) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            Path file = settings.home().resolve("bench/target/jfr/" + phase + "-" + e.getKey() + ".jfr");
            List<String> cmd = action.equals("start")
                    ? List.of(jcmd.toString(), e.getValue().toString(), "JFR.start", "name=bench", "settings=profile",
                            "filename=" + file)
                    : List.of(jcmd.toString(), e.getValue().toString(), "JFR.stop", "name=bench");
            try {
                Files.createDirectories(file.getParent());
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                p.waitFor(60, TimeUnit.SECONDS);
                Results.log("JFR %s %s: %s", action, e.getKey(), text.replaceAll("\\s+", " "));
            } catch (Exception ex) {
                results.error("JFR " + action + " " + e.getKey(), ex);
            }
        }
    }

    private static void signal(String signal, List<Long> pids) {
        for (Long pid : pids) {
            try {
                new ProcessBuilder("kill", "-" + signal, pid.toString()).inheritIO().start().waitFor(10,
                        TimeUnit.SECONDS);
            } catch (Exception e) {
                System.out.println("[bench] kill -" + signal + " " + pid + " failed: " + e);
            }
        }
    }

    private static long busRecords(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
            for (var d : admin.describeTopics(ReplayBench.TOPICS).allTopicNames().get().values()) {
                d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            long sum = 0;
            for (var info : admin.listOffsets(request).all().get().values()) {
                sum += info.offset();
            }
            return sum;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Waits until every consumer group has caught up with the fact topics (bounded); logs what is left. */
    private void quiesce(String bootstrap, int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long lag = consumerLag(bootstrap);
        while (lag > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            lag = consumerLag(bootstrap);
        }
        Results.log("pipeline %s (consumer lag %d records)", lag == 0 ? "idle" : "still busy after " + maxSeconds
                + " s", lag);
        if (lag != 0) {
            results.error("the pipeline had not caught up " + maxSeconds + " s after the e2e phase (lag " + lag
                    + " records): freshness starts with a backlog");
        }
    }

    /** Per consumer group, records of the fact topics not yet consumed (where each stage's backlog is). */
    static Map<String, Long> lagByGroup(String bootstrap) {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, Long> ends = new LinkedHashMap<>();
            List<String> topics = new ArrayList<>(ReplayBench.TOPICS);
            topics.add("chancery.articles.submitted.v1");
            Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
            for (var d : admin.describeTopics(topics).allTopicNames().get().values()) {
                d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            admin.listOffsets(request).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            for (var group : admin.listGroups().all().get()) {
                try {
                    var offsets = admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata()
                            .get();
                    for (var e : offsets.entrySet()) {
                        Long end = ends.get(e.getKey());
                        if (end != null && e.getValue() != null) {
                            out.merge(group.groupId() + "@" + e.getKey().topic(),
                                    Math.max(0, end - e.getValue().offset()), Long::sum);
                        }
                    }
                } catch (Exception notAConsumerGroup) {
                    // share or streams group
                }
            }
        } catch (Exception e) {
            out.put("error: " + e, -1L);
        }
        return out;
    }

    /** Records not yet consumed by the services' consumer groups on the topics they read. */
    private static long consumerLag(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, Long> ends = new LinkedHashMap<>();
            List<String> topics = new ArrayList<>(ReplayBench.TOPICS);
            Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
            for (var d : admin.describeTopics(topics).allTopicNames().get().values()) {
                d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            admin.listOffsets(request).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            long lag = 0;
            for (var group : admin.listGroups().all().get()) {
                Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> offsets;
                try {
                    offsets = admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                } catch (Exception notAConsumerGroup) {
                    continue;
                }
                for (var e : offsets.entrySet()) {
                    Long end = ends.get(e.getKey());
                    if (end != null && e.getValue() != null) {
                        lag += Math.max(0, end - e.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    private static long storeFacts(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement s = c.createStatement()) {
            long sum = 0;
            for (String schema : List.of("ingestion", "extraction", "verification")) {
                try (ResultSet rs = s.executeQuery("SELECT coalesce(max(position), 0) FROM " + schema + ".facts")) {
                    rs.next();
                    sum += rs.getLong(1);
                }
            }
            return sum;
        } catch (Exception e) {
            return -1;
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replaceAll("\\s+", " ");
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
