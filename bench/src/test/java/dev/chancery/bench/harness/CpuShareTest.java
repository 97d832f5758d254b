package dev.chancery.bench.harness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** CPU per visible article and in cores, from two /proc snapshots. */
class CpuShareTest {

    @ParameterizedTest(name = "{0} CPU s for {1} articles: {2} ms each")
    @CsvSource({
            "122.6, 1710, 71.7",
            "4.2, 1710, 2.5",
            "0.0, 1710, 0.0",
            // no article visible counts as one, rather than dividing by zero
            "4.3, 0, 4300.0",
            "4.3, 1, 4300.0",
    })
    void msPerArticle(double cpuSeconds, long articles, double expected) {
        assertThat(CpuShare.msPerArticle(Map.of("machine", cpuSeconds), articles)).containsEntry("machine", expected);
    }

    @ParameterizedTest(name = "{0} CPU s over {1} s: {2} cores")
    @CsvSource({"119.4, 60, 1.99", "30, 60, 0.5", "0, 60, 0.0"})
    void cores(double cpuSeconds, double seconds, double expected) {
        assertThat(CpuShare.cores(Map.of("query", cpuSeconds), seconds)).containsEntry("query", expected);
    }

    @ParameterizedTest(name = "{0} -> {1}: used {2}")
    @CsvSource({
            "1.0, 2.26, 1.3",
            "10.0, 10.0, 0.0",
            "0.05, 0.1, 0.1",
    })
    void between(double from, double to, double used) {
        assertThat(ProcCpu.between(Map.of("postgres", from), Map.of("postgres", to)))
                .containsEntry("postgres", used);
    }

    @Test
    void aGroupThatAppearsLaterCountsFromZero() {
        assertThat(ProcCpu.between(Map.of(), Map.of(ProcCpu.LOAD_GENERATOR_JVM, 0.5)))
                .containsEntry(ProcCpu.LOAD_GENERATOR_JVM, 0.5);
    }
}
