package dev.chancery.bench.load;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Percentiles of recorded latencies, in ms, as the report prints them (and after the trip between JVMs). */
class LatencyMsTest {
    /** HdrHistogram keeps 3 significant digits: a value comes back within 0.1 % of what was recorded. */
    private static double tolerance(double ms) {
        return Math.max(0.001, ms * 0.001);
    }

    @ParameterizedTest(name = "{0} ms: p{1} = {2} ms")
    @CsvSource({
            // 1..100 ms, each once: p50 is the 50th value, p99 the 99th (not the 98th or the max)
            "1:100, 50, 50",
            "1:100, 90, 90",
            "1:100, 99, 99",
            "1:100, 99.9, 100",
            "1:100, 100, 100",
            "1:1000, 99, 990",
            "1:1000, 99.9, 999",
            // one value is every percentile
            "7, 50, 7",
            "7, 99, 7",
            // one outlier in a hundred does not move p99 but is p99.9
            "10x99 2000, 99, 10",
            "10x99 2000, 99.9, 2000",
            "10 1000, 50, 10",
            "10 1000, 99, 1000",
    })
    void percentile(String values, double percentile, double expectedMs) {
        Histogram h = histogram(values);
        assertThat(LatencyMs.at(h, percentile)).isCloseTo(expectedMs, within(tolerance(expectedMs)));
        Histogram decoded = LoadOutcome.decode(LoadOutcome.encode(h));
        assertThat(LatencyMs.at(decoded, percentile)).isCloseTo(expectedMs, within(tolerance(expectedMs)));
    }

    @ParameterizedTest(name = "{0} ms: max = {1} ms")
    @CsvSource({"1:100, 100", "7, 7", "10x99 2000, 2000", "250 3, 250"})
    void max(String values, double expectedMs) {
        assertThat(LatencyMs.max(histogram(values))).isCloseTo(expectedMs, within(tolerance(expectedMs)));
    }

    @ParameterizedTest(name = "nothing recorded: p{0} is NaN")
    @CsvSource({"50", "99", "100"})
    void emptyIsNotANumber(double percentile) {
        Histogram empty = new Histogram(3);
        assertThat(LatencyMs.at(empty, percentile)).isNaN();
        assertThat(LatencyMs.max(empty)).isNaN();
    }

    /** "1:100" is 1 to 100 ms; "10x99" is 10 ms 99 times; values separated by spaces; recorded in ns. */
    static Histogram histogram(String values) {
        Histogram h = new Histogram(3);
        Arrays.stream(values.split(" ")).forEach(v -> {
            if (v.contains(":")) {
                String[] range = v.split(":");
                for (long ms = Long.parseLong(range[0]); ms <= Long.parseLong(range[1]); ms++) {
                    h.recordValue(ms * 1_000_000);
                }
            } else {
                String[] times = v.split("x");
                h.recordValueWithCount(Long.parseLong(times[0]) * 1_000_000,
                        times.length == 1 ? 1 : Long.parseLong(times[1]));
            }
        });
        return h;
    }
}
