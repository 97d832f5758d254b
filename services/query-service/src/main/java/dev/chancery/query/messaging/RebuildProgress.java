package dev.chancery.query.messaging;

import dev.chancery.query.projection.ProjectionName;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A running rebuild's progress as gauges per projection: {@code chancery_rebuild_running} (1 while it runs),
 * {@code chancery_rebuild_applied} (facts replayed so far) and {@code chancery_rebuild_remaining} (records still to
 * replay, the lag the replaying consumer last saw).
 */
@ApplicationScoped
public class RebuildProgress {
    private static final int RUNNING = 0;
    private static final int APPLIED = 1;
    private static final int REMAINING = 2;
    private final MeterRegistry registry;
    private final Map<String, AtomicLongArray> projections = new ConcurrentHashMap<>();

    public RebuildProgress(MeterRegistry registry) {
        this.registry = registry;
    }

    public void report(ProjectionName projection, long applied, long remaining) {
        AtomicLongArray values = of(projection);
        values.set(RUNNING, 1);
        values.set(APPLIED, applied);
        values.set(REMAINING, Math.max(0, remaining));
    }

    /** The rebuild ended, switched or failed: the applied count stays for the dashboard. */
    public void ended(ProjectionName projection) {
        AtomicLongArray values = of(projection);
        values.set(RUNNING, 0);
        values.set(REMAINING, 0);
    }

    private AtomicLongArray of(ProjectionName projection) {
        return projections.computeIfAbsent(projection.id(), id -> {
            AtomicLongArray values = new AtomicLongArray(3);
            gauge("chancery.rebuild.running", id, values, RUNNING);
            gauge("chancery.rebuild.applied", id, values, APPLIED);
            gauge("chancery.rebuild.remaining", id, values, REMAINING);
            return values;
        });
    }

    private void gauge(String name, String projection, AtomicLongArray values, int index) {
        Gauge.builder(name, values, v -> v.get(index)).tag("projection", projection).register(registry);
    }
}
