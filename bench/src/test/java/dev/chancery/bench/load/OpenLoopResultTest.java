package dev.chancery.bench.load;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The achieved rate and mean response size an open-loop load reports beside the offered rate. */
class OpenLoopResultTest {

    @ParameterizedTest(name = "{0} ok of {1} sent in {2} s, {3} bytes: {4}/s, {5} bytes each")
    @CsvSource({
            "12000, 12000, 60, 1620000000, 200.0, 135000",
            // only 2xx answers count: a 503 (shed) lowers the achieved rate
            "11400, 12000, 60, 1539000000, 190.0, 135000",
            "0, 12000, 60, 0, 0.0, 0",
            // a load that overran its duration is over the time it took
            "3000, 3000, 75, 300000, 40.0, 100",
    })
    void achievedRateAndMeanSize(long ok, long sent, double seconds, long bytes, double perSec, long meanBytes) {
        OpenLoopResult r = new OpenLoopResult(new Histogram(3), sent, ok, sent - ok, Map.of(200, ok), seconds,
                sent / 60.0, bytes, Map.of());
        assertThat(r.achievedPerSec()).isEqualTo(perSec);
        assertThat(r.summary()).containsEntry("achievedPerSec", perSec).containsEntry("meanResponseBytes", meanBytes)
                .containsEntry("errors", sent - ok);
    }
}
