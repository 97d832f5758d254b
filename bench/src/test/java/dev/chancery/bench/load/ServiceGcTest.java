package dev.chancery.bench.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The query JVM's collections during a load, from two readings of its Micrometer metrics. */
class ServiceGcTest {
    private static final String MINOR =
            "jvm_gc_pause_seconds_%s{action=\"end of minor GC\",cause=\"%s\",gc=\"Copy\"} %s\n";
    private static final String MAJOR =
            "jvm_gc_pause_seconds_%s{action=\"end of major GC\",cause=\"%s\",gc=\"MarkSweepCompact\"} %s\n";

    @ParameterizedTest(name = "before {0}, after {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // young: 10 -> 14 collections, 40 -> 52 ms in all; no full collection
            "10 0.040 0 0       | 14 0.052 0 0       | youngCount=4 youngMs=12 fullCount=0 fullMs=0",
            // a full collection of 210 ms during the load
            "10 0.040 1 0.300   | 11 0.041 2 0.510   | youngCount=1 youngMs=1 fullCount=1 fullMs=210",
            "0 0 0 0            | 0 0 0 0            | youngCount=0 youngMs=0 fullCount=0 fullMs=0",
    })
    void since(String before, String after, String expected) {
        Map<String, Object> delta = ServiceGc.parse(metrics(after)).since(ServiceGc.parse(metrics(before)));
        for (String e : expected.split(" ")) {
            String[] kv = e.split("=");
            assertThat(((Number) delta.get(kv[0])).longValue()).as(kv[0]).isEqualTo(Long.parseLong(kv[1]));
        }
    }

    /** Two causes of young collections add up; the _max series is not a total and is left out. */
    @Test
    void totalsAddEveryCause() {
        String text = MINOR.formatted("count", "Allocation Failure", "5.0")
                + MINOR.formatted("sum", "Allocation Failure", "0.015")
                + MINOR.formatted("count", "System.gc()", "2.0")
                + MINOR.formatted("sum", "System.gc()", "0.004")
                + MINOR.formatted("max", "Allocation Failure", "0.009")
                + MAJOR.formatted("count", "Allocation Failure", "1.0")
                + MAJOR.formatted("sum", "Allocation Failure", "0.3");
        ServiceGc.Totals t = ServiceGc.parse(text);
        assertThat(t.youngCount()).isEqualTo(7);
        assertThat(t.youngMs()).isCloseTo(19.0, within(1e-9));
        assertThat(t.fullCount()).isEqualTo(1);
        assertThat(t.fullMs()).isCloseTo(300.0, within(1e-9));
    }

    /** "young count, young seconds, full count, full seconds" as the metrics endpoint prints them. */
    private static String metrics(String spec) {
        String[] f = spec.trim().split("\\s+");
        return "# TYPE jvm_gc_pause_seconds summary\n"
                + MINOR.formatted("count", "Allocation Failure", f[0])
                + MINOR.formatted("sum", "Allocation Failure", f[1])
                + MAJOR.formatted("count", "Allocation Failure", f[2])
                + MAJOR.formatted("sum", "Allocation Failure", f[3]);
    }
}
