package dev.chancery.bench.replay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The replay figure: records over the service's rebuild time, or (cut at the cap) what was applied over the wall. */
class ReplayRateTest {

    @ParameterizedTest(name = "{0} records, [{1}], complete {2}, {3} s wall: {4} facts/s over {5} s")
    @CsvSource({
            // from the first start to the last finish, whatever order the projections report them in
            "1000000, 0:40:400000 5:55.431:300000 1:30:300000, true, 70, 18040.45, 55.431",
            "1000000, 0:50:1000000, true, 70, 20000.0, 50.0",
            // cut at the cap: the part applied, over the wall time
            "1000000, 0:-:400000 0:-:100000, false, 240, 2083.333, 240.0",
            // complete but a finish not reported: the wall time
            "900000, 0:-:900000, true, 60, 15000.0, 60.0",
            // never below a millisecond
            "10, 0:0:10, true, 1, 10000.0, 0.001",
    })
    void rate(long records, String projections, boolean complete, double wallSeconds, double factsPerSec,
            double seconds) {
        ReplayRate rate = ReplayRate.of(records, progress(projections), complete, wallSeconds);
        assertThat(rate.factsPerSec()).isCloseTo(factsPerSec, within(0.01));
        assertThat(rate.seconds()).isCloseTo(seconds, within(1e-9));
    }

    @ParameterizedTest(name = "[{0}] over {1} s: {2} applied, {3} applied/s")
    @CsvSource({"0:40:400000 5:55.431:300000 1:30:300000, 70, 1000000, 18040.45", "0:-:500000, 240, 500000, 2083.33"})
    void applied(String projections, double wallSeconds, long applied, double appliedPerSec) {
        List<ReplayRate.Progress> p = progress(projections);
        ReplayRate rate = ReplayRate.of(1_000_000, p, p.stream().allMatch(x -> x.finishedAt() != null), wallSeconds);
        assertThat(rate.applied()).isEqualTo(applied);
        assertThat(rate.appliedPerSec()).isCloseTo(appliedPerSec, within(0.01));
    }

    /** "start:finish:applied" per projection, in seconds after a fixed instant; "-" for a finish not reported. */
    private static List<ReplayRate.Progress> progress(String projections) {
        Instant t0 = Instant.parse("2026-12-07T06:00:00Z");
        return Arrays.stream(projections.split(" ")).map(p -> p.split(":")).map(f -> new ReplayRate.Progress(
                t0.plusMillis(Math.round(Double.parseDouble(f[0]) * 1000)),
                f[1].equals("-") ? null : t0.plusMillis(Math.round(Double.parseDouble(f[1]) * 1000)),
                Long.parseLong(f[2]))).toList();
    }
}
