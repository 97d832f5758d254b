package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild, which applies up to a thousand facts per transaction, makes exactly the rows the live consumers
 * made, and both agree with the one-fact-per-transaction path, over a mix of every fact type with out-of-order
 * recordedAt for the same key and redelivered duplicates; also for facts that arrive during the rebuild, which
 * the live consumers and the rebuild both write into the new generation.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class BatchedRebuildTest {
    private static final int SCRATCH = 900_001;

    @Test
    void aRebuildMakesTheRowsTheLivePathMadeColumnByColumn() throws Throwable {
        FactMix before = FactMix.of("rebuild", 2500);
        FactMix during = FactMix.of("during", 1500);
        Replays.publishAll(before.published);
        Replays.awaitProjected(before, Duration.ofMinutes(2));
        Map<String, List<String>> live = ProjectionRows.of(before.keys(), Replays.activeGenerations());

        Replays.rebuildAll(Duration.ofMinutes(5), () -> Replays.publishAll(during.published));
        Replays.awaitProjected(during, Duration.ofMinutes(2));
        Map<String, List<String>> rebuilt = ProjectionRows.of(before.keys(), Replays.activeGenerations());
        Map<String, List<String>> arrivedDuring = ProjectionRows.of(during.keys(), Replays.activeGenerations());

        try {
            OneFactAtATime.apply(before.published, SCRATCH);
            OneFactAtATime.apply(during.published, SCRATCH);
            Map<String, List<String>> reference = ProjectionRows.of(before.keys(), SCRATCH);
            assertThat(reference.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
            assertThat(reference.get("event_versions")).anySatisfy(r -> assertThat(r).contains("verdict=null"));
            assertThat(live).isEqualTo(reference);
            assertThat(rebuilt).isEqualTo(reference);
            assertThat(arrivedDuring).isEqualTo(ProjectionRows.of(during.keys(), SCRATCH));
        } finally {
            OneFactAtATime.forget(SCRATCH);
        }
    }
}
