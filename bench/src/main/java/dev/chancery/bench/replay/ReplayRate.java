package dev.chancery.bench.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The replay figure: records over the rebuild's time as the service reports it; partial if capped. */
public record ReplayRate(long records, long applied, boolean complete, double seconds) {

    /** One projection's rebuild as the admin API reports it (times null while unknown). */
    public record Progress(Instant startedAt, Instant finishedAt, long factsApplied) {
    }

    public static ReplayRate of(long records, List<Progress> projections, boolean complete, double wallSeconds) {
        long applied = projections.stream().mapToLong(Progress::factsApplied).sum();
        Instant first = projections.stream().map(Progress::startedAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        Instant last = projections.stream().map(Progress::finishedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        double seconds = complete && first != null && last != null
                ? Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0) : wallSeconds;
        return new ReplayRate(records, applied, complete, seconds);
    }

    /** The figure: every record over the service's time, or (partial) what was applied over the wall time. */
    public double factsPerSec() {
        return (complete ? records : applied) / seconds;
    }

    public double appliedPerSec() {
        return applied / seconds;
    }
}
