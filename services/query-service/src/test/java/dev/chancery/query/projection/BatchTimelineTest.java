package dev.chancery.query.projection;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch placed at once, among only the versions still open at its earliest time, gives what applying its versions
 * one at a time among every stored version gives.
 */
class BatchTimelineTest {

    /** A version of a key, recorded_from and recorded_to in hours. */
    static final class V implements Versioned {
        final String key;
        final int from;
        Integer to;

        V(String key, int from, Integer to) {
            this.key = key;
            this.from = from;
            this.to = to;
        }

        public Instant recordedFrom() {
            return TransactionTimelineTest.h(from);
        }

        public Instant recordedTo() {
            return to == null ? null : TransactionTimelineTest.h(to);
        }

        public void closeAt(Instant instant) {
            to = (int) ((instant.getEpochSecond() - TransactionTimelineTest.h(0).getEpochSecond()) / 3600);
        }

        V copy() {
            return new V(key, from, to);
        }

        @Override
        public String toString() {
            return key + ":" + from + "-" + (to == null ? "" : to);
        }
    }

    @Test
    void versionsOfOneKeyInOneBatchSeeEachOtherWhateverTheirOrder() {
        V existing = new V("e", 1, null);
        List<V> batch = List.of(new V("e", 5, null), new V("e", 3, null), new V("e", 8, null));

        var plan = BatchTimeline.place(batch, v -> v.key, Map.of("e", List.of(existing)));

        assertThat(existing.to).isEqualTo(3);
        assertThat(batch).extracting(Object::toString).containsExactly("e:5-8", "e:3-5", "e:8-");
        assertThat(plan.closedExisting()).containsExactly(existing);
        assertThat(plan.placed()).extracting(BatchTimeline.Placed::current).containsExactly(true, false, true);
        assertThat(plan.placed()).extracting(BatchTimeline.Placed::closed).containsExactly(existing, existing,
                batch.get(0));
    }

    @RepeatedTest(200)
    void aBatchPlacedAmongTheVersionsStillOpenEqualsOneVersionAtATimeAmongAll(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        Map<String, List<V>> existing = new HashMap<>();
        for (int i = 0; i < random.nextInt(6); i++) {
            String key = "k" + random.nextInt(3);
            oneAtATime(existing, new V(key, random.nextInt(10), null));
        }
        List<V> batch = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            batch.add(new V("k" + random.nextInt(3), random.nextInt(10), null));
        }
        Map<String, List<V>> expected = new HashMap<>();
        existing.forEach((k, vs) -> expected.put(k, new ArrayList<>(vs.stream().map(V::copy).toList())));
        List<Boolean> expectedCurrent = new ArrayList<>();
        for (V v : batch) {
            expectedCurrent.add(oneAtATime(expected, v.copy()));
        }
        Map<V, Integer> before = new IdentityHashMap<>();
        existing.values().forEach(vs -> vs.forEach(v -> before.put(v, v.to)));

        // what the writer reads back (VersionTable.selectSql): only versions not closed by the batch's earliest time
        int earliest = batch.stream().mapToInt(v -> v.from).min().orElseThrow();
        Map<String, List<V>> stillOpen = new HashMap<>();
        existing.forEach((k, vs) -> stillOpen.put(k, vs.stream().filter(v -> v.to == null || v.to > earliest)
                .toList()));

        var plan = BatchTimeline.place(batch, v -> v.key, stillOpen);

        Map<String, List<V>> actual = new HashMap<>();
        existing.forEach((k, vs) -> actual.put(k, new ArrayList<>(vs)));
        batch.forEach(v -> actual.computeIfAbsent(v.key, k -> new ArrayList<>()).add(v));
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(plan.placed()).extracting(BatchTimeline.Placed::current).isEqualTo(expectedCurrent);
        List<V> changed = before.keySet().stream().filter(v -> !java.util.Objects.equals(before.get(v), v.to))
                .toList();
        assertThat(plan.closedExisting()).containsExactlyInAnyOrderElementsOf(changed).doesNotHaveDuplicates();
    }

    /** The one-fact-per-transaction path: place among every version stored so far, store; yields "current". */
    private static boolean oneAtATime(Map<String, List<V>> stored, V row) {
        List<V> versions = stored.computeIfAbsent(row.key, k -> new ArrayList<>());
        var placement = TransactionTimeline.place(versions, row.recordedFrom());
        Instant to = TransactionTimeline.apply(placement, row.recordedFrom());
        if (to != null) {
            row.closeAt(to);
        }
        versions.add(row);
        return to == null;
    }
}
