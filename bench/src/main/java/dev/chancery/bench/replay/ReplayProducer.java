package dev.chancery.bench.replay;

import dev.chancery.bench.baseline.CopyBaseline;
import dev.chancery.bench.harness.Results;
import dev.chancery.bench.store.StoreCounts;
import dev.chancery.model.fact.FactEnvelope;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Writes the replay facts to the fact topics (raw idempotent producer) and as COPY rows per store. */
public final class ReplayProducer {
    private final ReplayRun run;

    ReplayProducer(ReplayRun run) {
        this.run = run;
    }

    /** Generates and produces the facts, writing their COPY rows beside; returns the COPY files by store. */
    public Map<String, Path> produce(List<String> bodies, String tag) throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, BufferedWriter> writers = new LinkedHashMap<>();
        for (String store : StoreCounts.STORES) {
            Path f = run.dir().resolve("copy-" + store + ".tsv");
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
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, run.bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.BUFFER_MEMORY_CONFIG, 134_217_728L,
                ProducerConfig.CLIENT_ID_CONFIG, "bench-replay-producer"),
                new StringSerializer(), new ByteArraySerializer())) {
            AtomicLong n = new AtomicLong();
            new ReplayFacts(bodies, tag, 40_000).generate(run.settings().replayFacts(), f -> {
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
        run.results().figure("replay.produce.recordsPerSec", facts / seconds);
        run.results().figure("replay.produce.meanValueBytes", (double) bytes.get() / facts);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("facts", facts);
        d.put("perTopic", perTopic);
        d.put("seconds", seconds);
        d.put("note", "rate includes generating the facts and writing their COPY rows");
        run.results().detail("replay.produce", d);
        Results.log("replay: %d facts (%s) produced in %.1f s", facts, perTopic, seconds);
        return files;
    }
}
