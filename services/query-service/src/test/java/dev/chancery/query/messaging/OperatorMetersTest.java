package dev.chancery.query.messaging;

import dev.chancery.query.projection.ProjectionName;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Record timestamps in, the freshness recorded out; rebuild reports in, the gauges out. */
class OperatorMetersTest {

    @ParameterizedTest
    @CsvSource({
            "10000, 9750, 250",
            "10000, 10000, 0",
            "10000, 10400, 0",
            "70000, 10000, 60000"})
    void freshnessIsFromTheRecordsTimestampToNow(long now, long published, long expectedMillis) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("chancery.claims.v1", 0, 1L, published,
                TimestampType.CREATE_TIME, 0, 0, "k", new byte[0], new org.apache.kafka.common.header.internals
                .RecordHeaders(), Optional.empty());
        new ProjectionFreshness(registry).projected(List.of(record), now);
        var timer = registry.get("chancery.projection.freshness").tag("topic", "chancery.claims.v1").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(expectedMillis);
    }

    @ParameterizedTest
    @CsvSource({
            "40, 60, false, 1, 40, 60",
            "100, 0, false, 1, 100, 0",
            "100, -3, false, 1, 100, 0",
            "100, 20, true, 0, 100, 0"})
    void rebuildProgressShowsTheLastReport(long applied, long remaining, boolean ended, double running,
            double shownApplied, double shownRemaining) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RebuildProgress progress = new RebuildProgress(registry);
        progress.report(ProjectionName.CLAIMS, applied, remaining);
        if (ended) {
            progress.ended(ProjectionName.CLAIMS);
        }
        String id = ProjectionName.CLAIMS.id();
        assertThat(registry.get("chancery.rebuild.running").tag("projection", id).gauge().value()).isEqualTo(running);
        assertThat(registry.get("chancery.rebuild.applied").tag("projection", id).gauge().value())
                .isEqualTo(shownApplied);
        assertThat(registry.get("chancery.rebuild.remaining").tag("projection", id).gauge().value())
                .isEqualTo(shownRemaining);
    }
}
