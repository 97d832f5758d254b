package dev.chancery.bench.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessHopsTest {

    @Test
    void percentilesAreNearestRankOverUnsortedValues() {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            values.add((double) i);
        }
        Collections.shuffle(values, new java.util.Random(7));
        Map<String, Double> p = FreshnessHops.percentiles(values);
        assertThat(p).containsEntry("p50Ms", 100.0).containsEntry("p90Ms", 180.0).containsEntry("p99Ms", 198.0)
                .containsEntry("maxMs", 200.0).containsEntry("articles", 200.0);
    }

    @Test
    void noArticlesGiveNoFigures() {
        assertThat(FreshnessHops.percentiles(List.of())).isEmpty();
    }

    @Test
    void oneArticleIsEveryPercentile() {
        assertThat(FreshnessHops.percentiles(List.of(42.0))).containsEntry("p50Ms", 42.0).containsEntry("p99Ms", 42.0);
    }
}
