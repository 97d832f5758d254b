package dev.chancery.bench.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the open loop's requests are due, how many it sends, and how lateness is charged. */
class OpenLoopScheduleTest {

    @ParameterizedTest(name = "{0}/s for {1} s: {2} requests, every {3} ns; request {4} due at +{5} ns")
    @CsvSource({
            "200, 60, 12000, 5000000, 0, 0",
            "200, 60, 12000, 5000000, 3, 15000000",
            "200, 60, 12000, 5000000, 11999, 59995000000",
            "200, 20, 4000, 5000000, 1, 5000000",
            "50, 60, 3000, 20000000, 2999, 59980000000",
            "3, 1, 3, 333333333, 2, 666666666",
            // rate x seconds is rounded, half up
            "0.5, 3, 2, 2000000000, 1, 2000000000",
            "6, 10.1, 61, 166666666, 60, 9999999960",
            "10, 0.04, 0, 100000000, 0, 0",
    })
    void schedule(double rate, double seconds, long requests, long intervalNanos, long i, long dueOffsetNanos) {
        OpenLoopSchedule schedule = new OpenLoopSchedule(rate, seconds);
        assertThat(schedule.requests()).isEqualTo(requests);
        assertThat(schedule.intervalNanos()).isEqualTo(intervalNanos);
        long start = 1_000_000_000L;
        assertThat(schedule.dueNanos(start, i) - start).isEqualTo(dueOffsetNanos);
    }

    @ParameterizedTest(name = "due at {0}, answered at {1}: {2} ns late")
    @CsvSource({
            "1000, 1000, 0",
            "1000, 6000, 5000",
            // a stall: the request due at 0 ms answered after 250 ms is charged all 250 ms
            "0, 250000000, 250000000",
            // answered before it was due (the clock read before the send): never below 0
            "1000, 400, 0",
    })
    void latencyIsFromTheIntendedStart(long due, long answered, long expected) {
        assertThat(OpenLoopSchedule.latencyNanos(due, answered)).isEqualTo(expected);
    }

    @Test
    void rateZeroSendsNothing() {
        assertThat(new OpenLoopSchedule(0, 60).requests()).isZero();
    }

    @ParameterizedTest(name = "{0}/s for {1} s is refused")
    @CsvSource({"-1, 60", "200, -1", "NaN, 60"})
    void refusesNegativeOrUndefined(double rate, double seconds) {
        assertThatThrownBy(() -> new OpenLoopSchedule(rate, seconds)).isInstanceOf(IllegalArgumentException.class);
    }
}
