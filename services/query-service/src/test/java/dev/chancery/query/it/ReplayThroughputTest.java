package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * Prints (does not assert) how fast the live consumers and a rebuild of the three projections apply a mix of
 * {@code -Dquery.replay.facts} facts (default 20 000). The test database runs without fsync, so commits are
 * cheaper here than in the benchmark.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class ReplayThroughputTest {

    @Test
    void measuresLiveAndRebuildFactsPerSecond() {
        FactMix mix = FactMix.of("tput", Integer.getInteger("query.replay.facts", 20_000));
        int distinct = mix.distinct().size();
        long start = System.nanoTime();
        Replays.publishAll(mix.published);
        Replays.awaitProjected(mix, Duration.ofMinutes(10));
        double liveSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[throughput] live: %d records (%d distinct facts) in %.1f s = %.0f facts/s%n",
                mix.published.size(), distinct, liveSeconds, distinct / liveSeconds);

        double rebuild = Replays.rebuildAll(Duration.ofMinutes(10));
        System.out.printf("[throughput] rebuild of the three projections: %.0f facts/s%n", rebuild);
    }
}
