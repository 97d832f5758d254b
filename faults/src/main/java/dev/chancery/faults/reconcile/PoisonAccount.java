package dev.chancery.faults.reconcile;

import dev.chancery.faults.poison.DeadLetter;
import dev.chancery.faults.poison.Poison;
import dev.chancery.model.fact.Topics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The poison injected, accounted for in the dead-letter topics: each record must be dead-lettered once per consumer
 * group that reads its topic, in its topic's {@code .dlq}, with a reason naming the problem; and no dead letter may
 * come from anything but the poison (a good record dead-lettered is a record lost).
 *
 * @param injected    poison records written
 * @param expected    dead letters they must cause (one per reading group)
 * @param accounted   dead letters of the poison in the right topic with the right reason, at most one per group
 * @param missing     expected dead letters not found
 * @param wrongReason poison dead letters in the wrong topic, with the wrong reason, or beyond one per group
 * @param unexplained dead letters of records that were not poison
 * @param byKind      dead letters found per "topic kind"
 */
public record PoisonAccount(int injected, long expected, long accounted, long missing, long wrongReason,
        long unexplained, Map<String, Long> byKind) {

    /** Accounts {@code letters} (every record of every {@code .dlq}) for the {@code injected} poison by key. */
    public static PoisonAccount of(Map<String, Poison> injected, List<DeadLetter> letters) {
        Map<String, List<DeadLetter>> byKey = letters.stream().filter(l -> injected.containsKey(l.key()))
                .collect(Collectors.groupingBy(DeadLetter::key));
        long expected = 0;
        long accounted = 0;
        long missing = 0;
        for (var entry : injected.entrySet()) {
            Poison poison = entry.getValue();
            long right = byKey.getOrDefault(entry.getKey(), List.of()).stream().filter(l -> fits(poison, l)).count();
            expected += poison.groups();
            accounted += Math.min(right, poison.groups());
            missing += Math.max(0, poison.groups() - right);
        }
        long ofPoison = byKey.values().stream().mapToLong(List::size).sum();
        Map<String, Long> byKind = new TreeMap<>();
        byKey.forEach((key, found) -> byKind.merge(injected.get(key).topic() + " " + injected.get(key).kind(),
                (long) found.size(), Long::sum));
        return new PoisonAccount(injected.size(), expected, accounted, missing, ofPoison - accounted,
                letters.size() - ofPoison, byKind);
    }

    /** Nothing injected before the dead letters were read: every dead letter is unexplained. */
    public static PoisonAccount none(List<DeadLetter> letters) {
        return of(Map.of(), letters);
    }

    public boolean allAccounted() {
        return missing == 0 && wrongReason == 0 && unexplained == 0;
    }

    private static boolean fits(Poison poison, DeadLetter letter) {
        return Topics.deadLetter(poison.topic()).equals(letter.topic()) && letter.reason() != null
                && !letter.reason().isBlank() && letter.reason().contains(poison.reason());
    }
}
