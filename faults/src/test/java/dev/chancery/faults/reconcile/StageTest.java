package dev.chancery.faults.reconcile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A hop reconciled: expected keys against how often each arrived. */
class StageTest {

    @ParameterizedTest(name = "expected {0}, seen {1}: lost {2}, duplicated {3}, unexpected {4}")
    @CsvSource(delimiter = '|', value = {
            "a b c | a=1 b=1 c=1 | -   | -   | -",
            "a b c | a=1 c=1     | b   | -   | -",
            // a key seen zero times is lost like one never seen
            "a b   | a=1 b=0     | b   | -   | -",
            "a b   | a=2 b=1     | -   | a   | -",
            "a b   | a=3 b=0     | b   | a   | -",
            // what arrived unasked is reported, and counted as duplicated when it arrived twice
            "a     | a=1 z=1     | -   | -   | z",
            "a     | a=1 z=2     | -   | z   | z",
            "-     | -           | -   | -   | -",
            "a b   | -           | a b | -   | -",
    })
    void reconciles(String expected, String seen, String lost, String duplicated, String unexpected) {
        Stage s = Stage.of("hop", keys(expected), counts(seen));
        assertThat(s.lostSample()).containsExactlyElementsOf(keys(lost));
        assertThat(s.duplicatedSample()).containsExactlyElementsOf(keys(duplicated));
        assertThat(s.unexpectedSample()).containsExactlyElementsOf(keys(unexpected));
        assertThat(s.lost()).isEqualTo(keys(lost).size());
        assertThat(s.arrived()).isEqualTo(s.expected() - s.lost());
        assertThat(s.clean()).isEqualTo(keys(lost).isEmpty() && keys(duplicated).isEmpty());
    }

    @ParameterizedTest(name = "{0} lost keys: {0} counted, {1} in the sample")
    @CsvSource({"5, 5", "20, 20", "21, 20", "1000, 20"})
    void samplesAreCapped(int missing, int sampled) {
        Set<String> expected = java.util.stream.IntStream.range(0, missing).mapToObj(i -> "k" + i)
                .collect(Collectors.toSet());
        Stage s = Stage.of("hop", expected, Map.of());
        assertThat(s.lost()).isEqualTo(missing);
        assertThat(s.lostSample()).hasSize(sampled);
    }

    static Set<String> keys(String text) {
        return "-".equals(text.trim()) ? new java.util.TreeSet<>()
                : new java.util.TreeSet<>(Arrays.asList(text.trim().split("\\s+")));
    }

    static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        keys(text).forEach(kv -> out.put(kv.split("=")[0], Integer.parseInt(kv.split("=")[1])));
        return out;
    }
}
