package dev.chancery.bench.baseline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The final line ProducerPerformance prints: records, rate, MB/s and latencies (the bus baseline's figures). */
public record ProducerPerformanceSummary(long records, double recordsPerSec, double mbPerSec, double avgLatencyMs,
        double maxLatencyMs, long p50Ms, long p95Ms, long p99Ms) {
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
                    + "([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    /** The summary in {@code line}, if it is one (the periodic progress lines are not: they have no percentiles). */
    public static Optional<ProducerPerformanceSummary> parse(String line) {
        Matcher m = SUMMARY.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ProducerPerformanceSummary(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                Long.parseLong(m.group(6)), Long.parseLong(m.group(7)), Long.parseLong(m.group(8))));
    }
}
