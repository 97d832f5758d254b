package dev.chancery.verification.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The claims for and against one proposition, with the counts the verdict rules look at. Immutable; what several
 * rules ask for (the outlets, the sorted ids of each side) is worked out once, since a much-reported event's tally
 * holds hundreds of claims and is made on every claim that joins it. Confined to the judgement that makes it.
 */
final class Tally {
    private final List<ClaimReading> supporting;
    private final List<ClaimReading> opposing;
    private final SortedSet<String> outlets;
    private List<String> supportingIds;
    private List<String> opposingIds;

    Tally(List<ClaimReading> supporting, List<ClaimReading> opposing) {
        this.supporting = List.copyOf(supporting);
        this.opposing = List.copyOf(opposing);
        this.outlets = Collections.unmodifiableSortedSet(outletsOf(this.supporting));
    }

    static Tally of(Collection<ClaimReading> readings) {
        return new Tally(readings.stream().filter(r -> r.stance() == Stance.ASSERTS).toList(),
                readings.stream().filter(r -> r.stance() == Stance.CONTRADICTS).toList());
    }

    List<ClaimReading> supporting() {
        return supporting;
    }

    List<ClaimReading> opposing() {
        return opposing;
    }

    boolean participantAsserts() {
        return supporting.stream().anyMatch(ClaimReading::officialParticipant);
    }

    boolean participantDenies() {
        return opposing.stream().anyMatch(ClaimReading::officialParticipant);
    }

    /** Distinct independent outlets among the supporting claims: wire copies count once. */
    SortedSet<String> outlets() {
        return outlets;
    }

    private static SortedSet<String> outletsOf(List<ClaimReading> supporting) {
        // hundreds of claims from a handful of outlets: distinct first by hash, then sorted
        Set<String> outlets = new HashSet<>();
        supporting.forEach(r -> outlets.add(r.claim().outlet()));
        return new TreeSet<>(outlets);
    }

    /** Distinct articles among the supporting claims. */
    long articles() {
        Set<String> articles = new HashSet<>();
        supporting.forEach(r -> {
            if (r.claim().articleId() != null) {
                articles.add(r.claim().articleId());
            }
        });
        return articles.size();
    }

    /** The ids of the readings {@code which} selects, sorted, each once. */
    static List<String> ids(Collection<ClaimReading> readings, Predicate<ClaimReading> which) {
        List<String> ids = new ArrayList<>(readings.size());
        readings.forEach(r -> {
            if (which.test(r)) {
                ids.add(r.id());
            }
        });
        ids.sort(null);
        List<String> distinct = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(id)) {
                distinct.add(id);
            }
        }
        return List.copyOf(distinct);
    }

    List<String> supportingIds() {
        if (supportingIds == null) {
            supportingIds = ids(supporting, r -> true);
        }
        return supportingIds;
    }

    List<String> opposingIds() {
        if (opposingIds == null) {
            opposingIds = ids(opposing, r -> true);
        }
        return opposingIds;
    }
}
