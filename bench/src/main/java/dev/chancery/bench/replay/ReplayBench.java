package dev.chancery.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.bench.baseline.CopyBaseline;
import dev.chancery.bench.baseline.KafkaBaseline;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.harness.Settings;
import dev.chancery.bench.load.Http;
import dev.chancery.model.fact.FactEnvelope;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Replay and the two physical baselines that share its facts: writes N synthetic facts to the topics with a raw
 * producer (and the same rows to COPY files), runs ProducerPerformance on records sampled from them, COPYs the rows
 * into facts-shaped tables, then rebuilds the query projections from the topics and watches their progress.
 */
public final class ReplayBench {
    public static final List<String> TOPICS = List.of("chancery.articles.v1", "chancery.claims.v1",
            "chancery.verdicts.v2");
    public static final List<String> PROJECTIONS = List.of("articles", "claims", "events");

    private final Settings settings;
    private final Results results;
    private final String bootstrap;
    private final Path dir;

    public ReplayBench(Settings settings, Results results, String bootstrap, Path dir) {
        this.settings = settings;
        this.results = results;
        this.bootstrap = bootstrap;
        this.dir = dir;
    }

    /** Samples facts for ProducerPerformance's payload file; returns the mean record value size. */
    public double samplePayloads(List<String> bodies, Path file, int count) throws IOException {
        AtomicLong bytes = new AtomicLong();
        AtomicLong n = new AtomicLong();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new ReplayFacts(bodies, "sample", 20_000).generate(count, f -> {
                try {
                    out.write(new String(f.record().value(), StandardCharsets.UTF_8));
                    out.write('\n');
                    bytes.addAndGet(f.record().value().length);
                    n.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return (double) bytes.get() / n.get();
    }

    public void producerPerformance(List<String> bodies) throws Exception {
        Path payloads = dir.resolve("producer-performance-payloads.txt");
        double mean = samplePayloads(bodies, payloads, 8000);
        KafkaBaseline.run(results, bootstrap, payloads, mean, settings.baselineRecords());
    }

    /** Generates and produces the facts, writing their COPY rows beside; returns the COPY files by store. */
    public Map<String, Path> produce(List<String> bodies, String tag) throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, BufferedWriter> writers = new LinkedHashMap<>();
        for (String store : List.of("ingestion", "extraction", "verification")) {
            Path f = dir.resolve("copy-" + store + ".tsv");
            files.put(store, f);
            writers.put(store, Files.newBufferedWriter(f, StandardCharsets.UTF_8));
        }
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        Map<String, Long> perTopic = new LinkedHashMap<>();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long facts;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.BUFFER_MEMORY_CONFIG, 134_217_728L,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-replay-producer"),
                new StringSerializer(), new ByteArraySerializer())) {
            AtomicLong n = new AtomicLong();
            new ReplayFacts(bodies, tag, 40_000).generate(settings.replayFacts(), f -> {
                producer.send(f.record(), (meta, e) -> {
                    if (e != null && failed.incrementAndGet() == 1) {
                        firstFailure.set(e);
                    }
                });
                FactEnvelope<?> env = f.envelope();
                String payload = new String(f.record().value(), StandardCharsets.UTF_8);
                bytes.addAndGet(f.record().value().length);
                perTopic.merge(f.record().topic(), 1L, Long::sum);
                try {
                    writers.get(f.store()).write(CopyBaseline.row(env.streamId(), env.streamVersion(),
                            env.factId().toString(), env.type().typeName(), payload, env.correlationId(),
                            env.causationId(), env.producer(), env.validTime(), env.publishedTime(), env.recordedAt()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (n.incrementAndGet() % 200_000 == 0) {
                    Results.log("replay: %d facts produced", n.get());
                }
            });
            producer.flush();
            facts = n.get();
        } finally {
            for (BufferedWriter w : writers.values()) {
                w.close();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " replay facts could not be produced: "
                    + firstFailure.get());
        }
        results.figure("replay.produce.recordsPerSec", facts / seconds);
        results.figure("replay.produce.meanValueBytes", (double) bytes.get() / facts);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("facts", facts);
        d.put("perTopic", perTopic);
        d.put("seconds", seconds);
        d.put("note", "rate includes generating the facts and writing their COPY rows");
        results.detail("replay.produce", d);
        Results.log("replay: %d facts (%s) produced in %.1f s", facts, perTopic, seconds);
        return files;
    }

    public void copy(Map<String, Path> files, String jdbcUrl, String user, String password) throws Exception {
        try {
            CopyBaseline.run(results, jdbcUrl, user, password, files, settings.replayFacts());
        } finally {
            for (Path f : files.values()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Sum of the end offsets of the fact topics: every record a rebuild has to read. */
    public long topicRecords() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return endOffsets(admin);
        }
    }

    private static long endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
        for (var d : admin.describeTopics(TOPICS).allTopicNames().get().values()) {
            d.partitions().forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        long sum = 0;
        for (var info : admin.listOffsets(request).all().get().values()) {
            sum += info.offset();
        }
        return sum;
    }

    private static long committed(Admin admin, String group) throws Exception {
        long sum = 0;
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        for (var e : offsets.entrySet()) {
            if (e.getValue() != null && TOPICS.contains(e.getKey().topic())) {
                sum += e.getValue().offset();
            }
        }
        return sum;
    }

    /**
     * Rebuilds the three projections at once through the admin API and waits until every one is LIVE on its new
     * generation (or the cap is reached: then the rate is over what was applied so far, flagged partial).
     */
    public void rebuild(Http admin, String queryUrl) throws Exception {
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long records = endOffsets(kafka);
            long live0 = committed(kafka, "query-projections");
            Map<String, Integer> generation = new LinkedHashMap<>();
            long start = System.nanoTime();
            Instant wallStart = Instant.now();
            for (String p : PROJECTIONS) {
                HttpResponse<String> r = admin.send(admin.postJson(queryUrl + "/api/v1/admin/projections/" + p
                        + ":rebuild", new byte[0]));
                if (r.statusCode() != 202) {
                    throw new IllegalStateException("POST /api/v1/admin/projections/" + p + ":rebuild answered "
                            + r.statusCode() + " " + r.body());
                }
                generation.put(p, Results.JSON.readTree(r.body()).path("buildingGeneration").asInt());
            }
            Results.log("replay: rebuilding %s from %d records on the fact topics", generation, records);
            long deadline = start + (long) (settings.replayCapSeconds() * 1e9);
            Map<String, JsonNode> last = new LinkedHashMap<>();
            boolean done = false;
            long lastLog = 0;
            while (System.nanoTime() < deadline) {
                Thread.sleep(1000);
                HttpResponse<String> r = admin.send(admin.get(queryUrl + "/api/v1/admin/projections"));
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/v1/admin/projections answered " + r.statusCode());
                }
                done = true;
                for (JsonNode n : Results.JSON.readTree(r.body())) {
                    String name = n.path("name").asText();
                    if (!generation.containsKey(name)) {
                        continue;
                    }
                    last.put(name, n);
                    if ("FAILED".equals(n.path("state").asText())) {
                        throw new IllegalStateException("rebuild of " + name + " failed: " + n.path("error").asText());
                    }
                    boolean switched = "LIVE".equals(n.path("state").asText())
                            && n.path("activeGeneration").asInt() == generation.get(name);
                    done &= switched;
                }
                if (System.nanoTime() - lastLog > 15e9) {
                    lastLog = System.nanoTime();
                    long applied = 0;
                    for (JsonNode n : last.values()) {
                        applied += n.path("factsApplied").asLong();
                    }
                    Results.log("replay: %.0f s, %d facts applied, %.0f facts/s", (lastLog - start) / 1e9, applied,
                            applied / ((lastLog - start) / 1e9));
                }
                if (done) {
                    break;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long applied = 0;
            Instant first = null;
            Instant finish = null;
            for (JsonNode n : last.values()) {
                applied += n.path("factsApplied").asLong();
                Instant s = parse(n.path("startedAt").asText(null));
                Instant f = parse(n.path("finishedAt").asText(null));
                if (s != null && (first == null || s.isBefore(first))) {
                    first = s;
                }
                if (f != null && (finish == null || f.isAfter(finish))) {
                    finish = f;
                }
            }
            double serviceSeconds = done && first != null && finish != null
                    ? Math.max(0.001, (finish.toEpochMilli() - first.toEpochMilli()) / 1000.0) : seconds;
            long live1 = committed(kafka, "query-projections");
            results.figure("replay.factsPerSec", records / serviceSeconds);
            results.figure("replay.appliedPerSec", applied / serviceSeconds);
            results.figure("replay.records", records);
            results.figure("replay.applied", applied);
            results.figure("replay.complete", done ? 1 : 0);
            results.figure("replay.seconds", serviceSeconds);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("complete", done);
            d.put("recordsOnTopics", records);
            d.put("factsApplied", applied);
            d.put("secondsServiceReported", serviceSeconds);
            d.put("secondsWall", seconds);
            d.put("startedAt", wallStart.toString());
            d.put("liveConsumerAppliedMeanwhile", live1 - live0);
            d.put("projections", last);
            results.detail("replay", d);
            if (!done) {
                results.figure("replay.factsPerSec", applied / seconds);
                results.error("replay: rebuild not finished after " + (long) seconds + " s (cap): " + applied
                        + " of " + records + " facts applied; the rate is over the part applied");
            }
            Results.log("replay: %s, %d records on the topics, %d facts applied in %.1f s = %.0f facts/s (the live "
                    + "consumer applied %d meanwhile)", done ? "complete" : "PARTIAL", records, applied,
                    serviceSeconds, results.get("replay.factsPerSec"), live1 - live0);
        }
    }

    private static Instant parse(String s) {
        try {
            return s == null || s.isBlank() || "null".equals(s) ? null : Instant.parse(s);
        } catch (Exception e) {
            return null;
        }
    }

    public static Set<String> stores() {
        return Set.of("ingestion", "extraction", "verification");
    }

    static List<String> list(Iterable<String> it) {
        List<String> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }
}
