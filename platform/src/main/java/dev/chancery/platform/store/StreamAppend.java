package dev.chancery.platform.store;

import dev.chancery.model.fact.FactEnvelope;

import java.util.List;

/** One stream's part of {@link FactStore#appendAll}: facts of that stream, appended only at the expected version. */
public record StreamAppend(String streamId, ExpectedVersion expected, List<? extends FactEnvelope<?>> facts) {
    public StreamAppend {
        facts = List.copyOf(facts);
    }
}
