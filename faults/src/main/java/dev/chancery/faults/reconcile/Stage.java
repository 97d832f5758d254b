package dev.chancery.faults.reconcile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One hop of the pipeline reconciled: what should have arrived ({@code expected}), how often each key arrived, and
 * from that the keys lost (never arrived), duplicated (arrived more than once) and unexpected (arrived unasked).
 * Samples hold at most {@link #SAMPLE} keys, sorted, so a report stays readable with thousands of misses.
 */
public record Stage(String name, int expected, int arrived, int lost, int duplicated, int unexpected,
        List<String> lostSample, List<String> duplicatedSample, List<String> unexpectedSample) {
    public static final int SAMPLE = 20;

    /** Reconciles {@code expected} keys against the number of times each key was seen downstream. */
    public static Stage of(String name, Set<String> expected, Map<String, Integer> seen) {
        TreeSet<String> lost = new TreeSet<>();
        TreeSet<String> duplicated = new TreeSet<>();
        TreeSet<String> unexpected = new TreeSet<>();
        for (String key : expected) {
            int n = seen.getOrDefault(key, 0);
            if (n <= 0) {
                lost.add(key);
            } else if (n > 1) {
                duplicated.add(key);
            }
        }
        seen.forEach((key, n) -> {
            if (n > 0 && !expected.contains(key)) {
                unexpected.add(key);
                if (n > 1) {
                    duplicated.add(key);
                }
            }
        });
        return new Stage(name, expected.size(), expected.size() - lost.size(), lost.size(), duplicated.size(),
                unexpected.size(), sample(lost), sample(duplicated), sample(unexpected));
    }

    public boolean clean() {
        return lost == 0 && duplicated == 0;
    }

    private static List<String> sample(TreeSet<String> keys) {
        return keys.stream().limit(SAMPLE).toList();
    }
}
