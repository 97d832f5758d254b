package dev.chancery.query.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The staleness a request accepts, from its Cache-Control header and the configured bound (2 s here). */
class MaxStaleTest {
    @ParameterizedTest(name = "[{0}] -> {1} ms")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null                  | 2000",
            "''                    | 2000",
            "no-cache              | 0",
            "No-Cache              | 0",
            "max-age=0             | 0",
            "max-age=1             | 1000",
            "max-age=60            | 2000",
            "'no-store, max-age=1' | 1000",
            "'max-age=1, no-cache' | 0",
            "max-age=-1            | 2000",
            "max-age=abc           | 2000",
            "max-age=              | 2000",
            "private               | 2000"})
    void boundFromCacheControl(String header, long millis) {
        assertThat(ReadParams.maxStale(header, Duration.ofSeconds(2))).isEqualTo(Duration.ofMillis(millis));
    }
}
