package dev.chancery.embedded.launcher;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The backoff schedule: 1 s doubling to 30 s, back to 1 s after a healthy minute. */
class RestartPolicyTest {
    @ParameterizedTest(name = "after attempt {0}, a process that ran {1} s: attempt {2} in {3} ms")
    @CsvSource({
            // previous attempt, ran for (s), next attempt, delay (ms)
            "0, 0, 1, 1000",
            "1, 5, 2, 2000",
            "2, 5, 3, 4000",
            "3, 5, 4, 8000",
            "4, 5, 5, 16000",
            "5, 5, 6, 30000",
            "6, 59, 7, 30000",
            "1000, 5, 1001, 30000",
            "6, 60, 1, 1000",
            "12, 3600, 1, 1000",
            "0, 120, 1, 1000",
    })
    void doublesUpToTheMaximumAndStartsOverAfterAHealthyMinute(int previous, long ranSeconds, int attempt,
            long delayMillis) {
        RestartPolicy.Restart restart = RestartPolicy.DEFAULT.after(previous, Duration.ofSeconds(ranSeconds));
        assertThat(restart).isEqualTo(new RestartPolicy.Restart(attempt, Duration.ofMillis(delayMillis)));
    }

    @ParameterizedTest(name = "first {0} ms, max {1} ms: attempt {2} waits {3} ms")
    @CsvSource({
            "100, 250, 1, 100",
            "100, 250, 2, 200",
            "100, 250, 3, 250",
            "300, 200, 1, 200",
    })
    void theDelayNeverExceedsTheMaximum(long first, long max, int attempt, long delay) {
        RestartPolicy policy = new RestartPolicy(Duration.ofMillis(first), Duration.ofMillis(max), Duration.ofMinutes(1));
        assertThat(policy.delay(attempt)).isEqualTo(Duration.ofMillis(delay));
    }
}
