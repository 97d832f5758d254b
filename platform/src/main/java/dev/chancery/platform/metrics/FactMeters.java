package dev.chancery.platform.metrics;

import dev.chancery.model.fact.FactEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts appended to the store and published by the relay, per fact type ({@code chancery_facts_appended_total},
 * {@code chancery_facts_published_total}).
 */
@ApplicationScoped
public class FactMeters {
    private final MeterRegistry registry;
    private final Map<String, Counter> appended = new ConcurrentHashMap<>();
    private final Map<String, Counter> published = new ConcurrentHashMap<>();

    public FactMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts facts written by an append (counted when written; a transaction that then rolls back is counted). */
    public void appended(List<? extends FactEnvelope<?>> facts) {
        facts.forEach(f -> counter(appended, "chancery.facts.appended", f).increment());
    }

    /** Counts facts Kafka acknowledged. */
    public void published(List<? extends FactEnvelope<?>> facts) {
        facts.forEach(f -> counter(published, "chancery.facts.published", f).increment());
    }

    private Counter counter(Map<String, Counter> counters, String name, FactEnvelope<?> fact) {
        return counters.computeIfAbsent(fact.type().typeName(), type -> Counter.builder(name).tag("type", type)
                .register(registry));
    }
}
