package dev.chancery.platform.store;

import dev.chancery.model.fact.FactEnvelope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stream version each fact of an {@link FactStore#appendAll} gets, in input order, after checking every expected
 * version against the streams' current versions; appends to the same stream chain.
 */
final class AppendPlan {
    /** A fact and the stream version it is to be stored at. */
    record Versioned(FactEnvelope<?> fact, long version) {
    }

    private AppendPlan() {
    }

    /**
     * @param current the current version of each stream that has facts (absent: no stream)
     * @throws WrongExpectedVersionException for the first append whose expectation its stream does not meet
     */
    static List<Versioned> of(List<StreamAppend> appends, Map<String, Long> current) {
        Map<String, Long> versions = new HashMap<>(current);
        List<Versioned> planned = new ArrayList<>();
        for (StreamAppend append : appends) {
            long version = versions.getOrDefault(append.streamId(), 0L);
            if (!append.expected().admits(version)) {
                throw new WrongExpectedVersionException(append.streamId(), append.expected(), version);
            }
            for (FactEnvelope<?> fact : append.facts()) {
                if (!append.streamId().equals(fact.streamId())) {
                    throw new IllegalArgumentException(
                            "fact " + fact.factId() + " belongs to stream " + fact.streamId());
                }
                planned.add(new Versioned(fact, ++version));
            }
            versions.put(append.streamId(), version);
        }
        return planned;
    }
}
