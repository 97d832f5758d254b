package dev.chancery.query.projection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionTimelineTest {

    /** A bare version: recorded_from and recorded_to in hours. */
    static final class V implements Versioned {
        final Instant from;
        Instant to;

        V(int from, Integer to) {
            this.from = h(from);
            this.to = to == null ? null : h(to);
        }

        public Instant recordedFrom() { return from; }

        public Instant recordedTo() { return to; }

        public void closeAt(Instant instant) { to = instant; }
    }

    static Instant h(int hours) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * hours);
    }

    /** existing: "from-to" pairs ('-' open); expected: the timeline after inserting at {@code at}. */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "''          | 5 | 5-",
            "1-          | 5 | 1-5 5-",
            "1-3 3-      | 5 | 1-3 3-5 5-",
            "1-3 3-      | 2 | 1-2 2-3 3-",
            "3-          | 1 | 1-3 3-",
            "3-6 6-      | 1 | 1-3 3-6 6-",
            "1-          | 1 | 1-1 1-"})
    void insertsAVersionWhereverItsTransactionTimeFalls(String existing, int at, String expected) {
        List<V> versions = new ArrayList<>();
        for (String pair : existing.trim().isEmpty() ? new String[0] : existing.trim().split("\\s+")) {
            String[] p = pair.split("-", -1);
            versions.add(new V(Integer.parseInt(p[0]), p[1].isEmpty() ? null : Integer.parseInt(p[1])));
        }
        var placement = TransactionTimeline.place(versions, h(at));
        Instant to = TransactionTimeline.apply(placement, h(at));
        V inserted = new V(at, null);
        inserted.to = to;
        versions.add(inserted);
        String actual = versions.stream().sorted((a, b) -> a.from.compareTo(b.from) != 0 ? a.from.compareTo(b.from)
                        : a.to == null ? 1 : b.to == null ? -1 : a.to.compareTo(b.to))
                .map(v -> hours(v.from) + "-" + (v.to == null ? "" : hours(v.to)))
                .reduce((a, b) -> a + " " + b).orElse("");
        assertThat(actual).isEqualTo(expected);
    }

    private static String hours(Instant i) {
        return Long.toString((i.getEpochSecond() - h(0).getEpochSecond()) / 3600);
    }
}
