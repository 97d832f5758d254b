package dev.chancery.bench.baseline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bus baseline's figures, read from ProducerPerformance's last line. */
class ProducerPerformanceSummaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "500000 records sent, 55285.3 records/sec (71.20 MB/sec), 412.07 ms avg latency, 905.00 ms max latency, "
                    + "398 ms 50th, 780 ms 95th, 861 ms 99th, 899 ms 99.9th. | 500000 | 55285.3 | 71.2 | 412.07 | 861",
            "100000 records sent, 13986.0 records/sec (18.12 MB/sec), 2382.51 ms avg latency, 3446.00 ms max latency, "
                    + "2491 ms 50th, 3324 ms 95th, 3401 ms 99th, 3440 ms 99.9th. | 100000 | 13986.0 | 18.12 | 2382.51 | 3401",
    })
    void summary(String line, long records, double perSec, double mbPerSec, double avgMs, long p99Ms) {
        ProducerPerformanceSummary s = ProducerPerformanceSummary.parse(line).orElseThrow();
        assertThat(s.records()).isEqualTo(records);
        assertThat(s.recordsPerSec()).isEqualTo(perSec);
        assertThat(s.mbPerSec()).isEqualTo(mbPerSec);
        assertThat(s.avgLatencyMs()).isEqualTo(avgMs);
        assertThat(s.p99Ms()).isEqualTo(p99Ms);
    }

    @ParameterizedTest(name = "not a summary: {0}")
    @CsvSource(delimiter = '|', value = {
            // the progress lines printed every 5 s carry no percentiles
            "276481 records sent, 55285.1 records/sec (71.20 MB/sec), 412.1 ms avg latency, 905.0 ms max latency.",
            "SLF4J: No SLF4J providers were found.",
    })
    void otherLines(String line) {
        assertThat(ProducerPerformanceSummary.parse(line)).isEmpty();
    }
}
