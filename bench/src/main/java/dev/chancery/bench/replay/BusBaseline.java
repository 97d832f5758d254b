package dev.chancery.bench.replay;

import dev.chancery.bench.baseline.KafkaBaseline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The bus's own limit: Kafka's ProducerPerformance on record values sampled from the replay facts (same sizes). */
public final class BusBaseline {
    private final ReplayRun run;

    BusBaseline(ReplayRun run) {
        this.run = run;
    }

    /** Samples facts for ProducerPerformance's payload file; returns the mean record value size. */
    private static double samplePayloads(List<String> bodies, Path file, int count) throws IOException {
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

    public void run(List<String> bodies) throws Exception {
        Path payloads = run.dir().resolve("producer-performance-payloads.txt");
        double mean = samplePayloads(bodies, payloads, 8000);
        KafkaBaseline.run(run.results(), run.bootstrap(), payloads, mean, run.settings().baselineRecords());
    }
}
