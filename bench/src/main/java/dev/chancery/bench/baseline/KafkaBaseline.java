package dev.chancery.bench.baseline;

import dev.chancery.bench.harness.Results;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The bus's limit: Kafka's own {@code org.apache.kafka.tools.ProducerPerformance}, in a JVM of its own, sending
 * records sampled from the replay facts (same values, same sizes) with the outbox relay's producer settings.
 */
public final class KafkaBaseline {
    private KafkaBaseline() {
    }

    public static void run(Results results, String bootstrap, Path payloadFile, double meanRecordBytes, long records)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic", "bench.baseline.producer-performance",
                "--num-records", Long.toString(records),
                "--payload-file", payloadFile.toString(),
                "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true",
                "linger.ms=5", "compression.type=lz4", "client.id=bench-producer-performance"));
        Results.log("Kafka ProducerPerformance: %d records sampled from the replay facts (mean %.0f B)", records,
                meanRecordBytes);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String last = null;
        ProducerPerformanceSummary summary = null;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Optional<ProducerPerformanceSummary> parsed = ProducerPerformanceSummary.parse(line);
                if (parsed.isPresent()) {
                    last = line;
                    summary = parsed.get();
                }
                tail.append(line).append('\n');
                if (tail.length() > 4000) {
                    tail.delete(0, tail.length() - 4000);
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("ProducerPerformance did not finish");
        }
        if (summary == null) {
            throw new IllegalStateException("ProducerPerformance printed no summary:\n" + tail);
        }
        results.figure("kafka.pp.recordsPerSec", summary.recordsPerSec());
        results.figure("kafka.pp.mbPerSec", summary.mbPerSec());
        results.figure("kafka.pp.avgLatencyMs", summary.avgLatencyMs());
        results.figure("kafka.pp.p99LatencyMs", summary.p99Ms());
        results.figure("kafka.pp.recordBytes", meanRecordBytes);
        results.figure("kafka.pp.records", summary.records());
        results.detail("kafka.pp", last);
        Results.log("Kafka ProducerPerformance: %s", last);
    }
}
