package dev.chancery.platform.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Checkpoint, newest position and the oldest waiting fact's time in, the backlog out. */
class BacklogTest {
    private static final Instant NOW = Instant.parse("2026-01-20T10:00:00Z");

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "100, 150, 2026-01-20T09:59:30Z, 50, 30",
            "100, 100, null, 0, 0",
            "0, null, null, 0, 0",
            "100, 101, 2026-01-20T10:00:00.250Z, 1, 0",
            "100, 160, 2026-01-20T09:00:00Z, 60, 3600"})
    void measuresWhatWaits(long checkpoint, Long newest, String oldest, long facts, long ageSeconds) {
        Backlog backlog = Backlog.of(checkpoint, newest, oldest == null ? null : Instant.parse(oldest), NOW);
        assertThat(backlog.facts()).isEqualTo(facts);
        assertThat(backlog.age()).isEqualTo(Duration.ofSeconds(ageSeconds));
    }
}
