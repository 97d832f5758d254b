package dev.chancery.bench.kafka;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Records not yet consumed per group@topic, and in all, from end offsets and committed offsets. */
class ConsumerLagTest {

    @ParameterizedTest(name = "ends {0}, committed {1}: {2}, {3} in all")
    @CsvSource(delimiter = '|', value = {
            "a-0=10               | g:a-0=4                     | g@a=6           | 6",
            // partitions of a topic add up
            "a-0=10 a-1=20        | g:a-0=10 g:a-1=5            | g@a=15          | 15",
            // each group has its own backlog on the same topic
            "a-0=10               | g:a-0=4 h:a-0=10            | g@a=6 h@a=0     | 6",
            "a-0=10 b-0=7         | g:a-0=9 g:b-0=0             | g@a=1 g@b=7     | 8",
            // a committed offset past the end read (the end moved meanwhile) is no negative lag
            "a-0=10               | g:a-0=12                    | g@a=0           | 0",
            // offsets on a topic not asked about are left out
            "a-0=10               | g:a-0=10 g:z-0=3            | g@a=0           | 0",
            "a-0=10               | -                           | -               | 0",
    })
    void lag(String ends, String committed, String expected, long total) {
        Map<String, Long> lag = ConsumerLag.lag(ends(ends), committed(committed));
        assertThat(lag).isEqualTo(expected(expected));
        assertThat(ConsumerLag.total(lag)).isEqualTo(total);
    }

    @ParameterizedTest(name = "{0}: {1} in all")
    @CsvSource(delimiter = '|', value = {"g@a=6;h@b=0 | 6", "error: broker gone=-1 | -1", "g@a=6;error: x=-1 | -1"})
    void totalOfAFailedReadIsMinusOne(String byGroup, long total) {
        Map<String, Long> lag = new LinkedHashMap<>();
        Arrays.stream(byGroup.split(";")).forEach(e -> {
            int eq = e.lastIndexOf('=');
            lag.put(e.substring(0, eq), Long.parseLong(e.substring(eq + 1)));
        });
        assertThat(ConsumerLag.total(lag)).isEqualTo(total);
    }

    private static Map<TopicPartition, Long> ends(String spec) {
        Map<TopicPartition, Long> out = new LinkedHashMap<>();
        for (String e : spec.split(" ")) {
            String[] kv = e.split("=");
            out.put(partition(kv[0]), Long.parseLong(kv[1]));
        }
        return out;
    }

    private static Map<String, Map<TopicPartition, Long>> committed(String spec) {
        Map<String, Map<TopicPartition, Long>> out = new LinkedHashMap<>();
        if (!spec.equals("-")) {
            for (String e : spec.split(" ")) {
                String[] group = e.split(":");
                String[] kv = group[1].split("=");
                out.computeIfAbsent(group[0], g -> new LinkedHashMap<>()).put(partition(kv[0]), Long.parseLong(kv[1]));
            }
        }
        return out;
    }

    private static Map<String, Long> expected(String spec) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (!spec.equals("-")) {
            for (String e : spec.split(" ")) {
                String[] kv = e.split("=");
                out.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return out;
    }

    private static TopicPartition partition(String topicDashPartition) {
        int dash = topicDashPartition.lastIndexOf('-');
        return new TopicPartition(topicDashPartition.substring(0, dash),
                Integer.parseInt(topicDashPartition.substring(dash + 1)));
    }
}
