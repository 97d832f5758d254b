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
        return new ClaimChanges(minus(next.claimsFor, claimsFor), minus(claimsFor, next.claimsFor),
                minus(next.claimsAgainst, claimsAgainst), minus(claimsAgainst, next.claimsAgainst),
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

    /** {@code a} without the ids of {@code b}; both sorted and distinct (the record's own lists), so one merge pass. */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a.size());
        int j = 0;
        for (String id : a) {
            while (j < b.size() && b.get(j).compareTo(id) < 0) {
                j++;
            }
            if (j == b.size() || !b.get(j).equals(id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
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
