package dev.chancery.query.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of the query service's main sources: no package cycle, and the pure projection code imports neither
 * Hibernate nor the reactive SQL client (the read and write sides map to its plain records).
 */
class PackageGraphTest {
    private static final PackageGraph MAIN = PackageGraph.of(Path.of("src/main/java/dev/chancery/query"));

    @ParameterizedTest(name = "{0} -> cycle {1}")
    @CsvSource(nullValues = "-", value = {"'a>b', -", "'a>b b>c a>c', -", "'a>b b>a', 'a b a'",
            "'a>b b>c c>a', 'a b c a'", "'a>a', 'a a'", "'a>b c>d d>c', 'c d c'"})
    void aCycleIsFoundWhereThereIsOne(String edges, String expected) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String edge : edges.split(" ")) {
            String[] ends = edge.split(">");
            graph.computeIfAbsent(ends[0], k -> new TreeSet<>()).add(ends[1]);
        }
        assertThat(PackageGraph.cycle(graph).map(c -> String.join(" ", c)).orElse(null)).isEqualTo(expected);
    }

    @Test
    void theQueryServicePackagesHaveNoCycle() {
        Map<String, Set<String>> edges = MAIN.internal("dev.chancery.query");
        assertThat(edges).containsKeys("projection", "read", "write", "state", "rest", "messaging");
        assertThat(PackageGraph.cycle(edges)).isEmpty();
    }

    @Test
    void theProjectionIsPureAndSeesNeitherSide() {
        Set<String> used = MAIN.imports().get("projection");
        assertThat(used).isNotEmpty().noneMatch(u -> Arrays.stream(new String[] {"io.vertx", "io.quarkus.hibernate",
                "org.hibernate", "jakarta.persistence", "dev.chancery.query.read", "dev.chancery.query.write",
                "dev.chancery.query.state"}).anyMatch(u::startsWith));
    }

    @Test
    void theReadAndWriteSidesMeetOnlyInTheProjection() {
        Map<String, Set<String>> edges = MAIN.internal("dev.chancery.query");
        assertThat(edges.get("write")).doesNotContain("read", "state");
        assertThat(edges.get("read")).doesNotContain("write", "state");
        assertThat(MAIN.imports().get("write")).noneMatch(u -> u.startsWith("io.quarkus.hibernate")
                || u.startsWith("jakarta.persistence"));
    }
}
