package dev.chancery.model.verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The claims behind an event at one revision, each side sorted by id: what a consumer of the verdict topic folds
 * from {@link EventVerified} and the {@link ClaimChanges} of each {@link VerdictRevised}.
 */
public record ClaimMembership(List<String> claimsFor, List<String> claimsAgainst) {

    public static final ClaimMembership NONE = new ClaimMembership(List.of(), List.of());

    public ClaimMembership {
        claimsFor = sorted(claimsFor);
        claimsAgainst = sorted(claimsAgainst);
    }

    public static ClaimMembership of(Judgement judgement) {
        return new ClaimMembership(judgement.claimsFor(), judgement.claimsAgainst());
    }

    /** The changes that lead from this membership to {@code next}. */
    public ClaimChanges changesTo(ClaimMembership next) {
        List<List<String>> forSide = difference(claimsFor, next.claimsFor);
        List<List<String>> againstSide = difference(claimsAgainst, next.claimsAgainst);
        return new ClaimChanges(forSide.get(0), forSide.get(1), againstSide.get(0), againstSide.get(1),
                next.claimsFor.size(), next.claimsAgainst.size());
    }

    /** This membership with {@code changes} applied. */
    public ClaimMembership then(ClaimChanges changes) {
        return new ClaimMembership(apply(claimsFor, changes.forAdded(), changes.forRemoved()),
                apply(claimsAgainst, changes.againstAdded(), changes.againstRemoved()));
    }

    private static List<String> apply(List<String> ids, List<String> added, List<String> removed) {
        Set<String> out = new TreeSet<>(ids);
        out.removeAll(removed);
        out.addAll(added);
        return List.copyOf(out);
    }

    /**
     * What joined and what left between two sides, both sorted and distinct (the record's own lists): one merge pass,
     * since an event's side may hold hundreds of ids and changes by one or two per revision.
     *
     * @return the ids only in {@code after}, then the ids only in {@code before}
     */
    private static List<List<String>> difference(List<String> before, List<String> after) {
        List<String> joined = new ArrayList<>();
        List<String> left = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int order = i == before.size() ? 1 : j == after.size() ? -1 : before.get(i).compareTo(after.get(j));
            if (order < 0) {
                left.add(before.get(i++));
            } else if (order > 0) {
                joined.add(after.get(j++));
            } else {
                i++;
                j++;
            }
        }
        return List.of(List.copyOf(joined), List.copyOf(left));
    }

    // memberships of events with hundreds of claims are built for every claim verification applies: lists that
    // arrive sorted (judgements sort their ids) are kept as they are instead of going through a tree set again
    private static List<String> sorted(Collection<String> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids instanceof List<String> list && strictlyAscending(list)) {
            return List.copyOf(list);
        }
        return List.copyOf(new TreeSet<>(ids));
    }

    private static boolean strictlyAscending(List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
