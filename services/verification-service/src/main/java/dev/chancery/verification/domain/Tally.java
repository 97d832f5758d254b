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

/** The claims for and against one proposition, with the counts the verdict rules look at. */
record Tally(List<ClaimReading> supporting, List<ClaimReading> opposing, SortedSet<String> outlets) {

    /** The tally of these claims; the outlets are counted once here, since several rules ask for them. */
    Tally(List<ClaimReading> supporting, List<ClaimReading> opposing) {
        this(supporting, opposing, outletsOf(supporting));
    }

    Tally {
        supporting = List.copyOf(supporting);
        opposing = List.copyOf(opposing);
        outlets = Collections.unmodifiableSortedSet(new TreeSet<>(outlets));
    }

    static Tally of(Collection<ClaimReading> readings) {
        return new Tally(readings.stream().filter(r -> r.stance() == Stance.ASSERTS).toList(),
                readings.stream().filter(r -> r.stance() == Stance.CONTRADICTS).toList());
    }

    boolean participantAsserts() {
        return supporting.stream().anyMatch(ClaimReading::officialParticipant);
    }

    boolean participantDenies() {
        return opposing.stream().anyMatch(ClaimReading::officialParticipant);
    }

    /** Distinct independent outlets among the supporting claims: wire copies count once. */
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
        return ids(supporting, r -> true);
    }

    List<String> opposingIds() {
        return ids(opposing, r -> true);
    }
}
