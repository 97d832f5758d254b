package dev.chancery.query.ask;

import dev.chancery.model.reference.Gathering;

import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gathering a question names, if any.
 *
 * @param mention    the words naming it as written ("Miami G20"), or null when no gathering was named
 * @param candidates the gatherings those words may mean: one when found, none when unknown, several when ambiguous
 * @param used       the words spent naming it (name, year, city, host)
 */
record GatheringLookup(String mention, List<Gathering> candidates, BitSet used) {
    GatheringLookup {
        candidates = List.copyOf(candidates);
        used = (BitSet) used.clone();
    }

    static GatheringLookup none() {
        return new GatheringLookup(null, List.of(), new BitSet());
    }

    boolean named() {
        return mention != null;
    }

    boolean found() {
        return named() && candidates.size() == 1;
    }

    Gathering gathering() {
        return candidates.get(0);
    }

    /** What was recognised, or why it is not enough. */
    String describe() {
        if (found()) {
            return "gathering " + gathering().name() + " (" + gathering().id() + ")";
        }
        if (candidates.isEmpty()) {
            return "no known gathering matches \"" + mention + "\"";
        }
        return "\"" + mention + "\" could be any of " + candidates.stream()
                .map(g -> g.name() + " (" + g.id() + ")").collect(Collectors.joining(", "));
    }
}
